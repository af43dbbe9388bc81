import fc from 'fast-check';
import { Actor } from '../access/access-policy';
import { addDaysToIsoDate } from './dates';
import {
  changeClosingDate,
  closeCycle,
  Cycle,
  CYCLE_STATUSES,
  CycleSchedule,
  cyclesOverlap,
  CycleStatus,
  ExistingCycle,
  openCycle,
  ParticipantSet,
} from './cycle';
import { CYCLE_PROBLEM_CODES, CycleOutcome } from './problems';
import { answerSignOff, publishCycle, reviseFigures, SignOff, signOffSummary } from './sign-off';

/*
 * Property tests of the cycle rules: the overlap rule against a brute-force model (every day, every ICS), and random
 * sequences of actions against the state machine's invariants.
 */

const TODAY = '2026-12-06';
const POOL = ['a', 'b', 'c', 'd', 'e', 'f'];

const day = (offset: number) => addDaysToIsoDate(TODAY, offset);
const participantSet: fc.Arbitrary<ParticipantSet> = fc.oneof(
  fc.constant('ALL' as const),
  fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: POOL.length }),
);
const status = fc.constantFrom<CycleStatus>(...CYCLE_STATUSES);

/** A cycle's dates, from today up to a year ahead, at most a year long. */
const dates = fc.record({ start: fc.integer({ min: 0, max: 364 }), length: fc.integer({ min: 0, max: 365 }) }).map(({ start, length }) => ({
  opensOn: day(start),
  closesOn: day(start + length),
}));

const schedule: fc.Arbitrary<CycleSchedule> = fc
  .record({ id: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: null }), dates, status, systemIds: participantSet })
  .map(({ id, dates: d, status: s, systemIds }) => ({ id, ...d, status: s, systemIds }));

/** The model: every day each cycle accepts answers, and every ICS in it, compared one by one. */
function overlapByBruteForce(a: CycleSchedule, b: CycleSchedule): boolean {
  if (a.id !== null && a.id === b.id) return false;
  if (a.status !== 'OPEN' || b.status !== 'OPEN') return false;
  const daysOf = (c: CycleSchedule) => {
    const all: string[] = [];
    for (let d = c.opensOn; d <= c.closesOn; d = addDaysToIsoDate(d, 1)) all.push(d);
    return all;
  };
  const ics = (c: CycleSchedule) => (c.systemIds === 'ALL' ? POOL : c.systemIds);
  const sameDay = daysOf(a).some((d) => d >= b.opensOn && d <= b.closesOn);
  const sameIcs = ics(a).some((s) => ics(b).includes(s));
  return sameDay && sameIcs;
}

const asExisting = (s: CycleSchedule, i: number): ExistingCycle => ({ ...s, id: s.id ?? `existing-${i}`, name: `Cycle ${i}` });

describe('the overlap rule (property tests)', () => {
  it('agrees with the brute-force model, day by day and ICS by ICS', () => {
    fc.assert(fc.property(schedule, schedule, (a, b) => expect(cyclesOverlap(a, b)).toBe(overlapByBruteForce(a, b))), { numRuns: 300 });
  });

  it('is symmetric', () => {
    fc.assert(fc.property(schedule, schedule, (a, b) => expect(cyclesOverlap(a, b)).toBe(cyclesOverlap(b, a))));
  });

  it('a cycle never overlaps itself being edited, whatever its new dates', () => {
    fc.assert(
      fc.property(schedule, dates, participantSet, (s, newDates, newSystems) => {
        const self = { ...s, id: 'same' };
        expect(cyclesOverlap(self, { ...self, ...newDates, systemIds: newSystems })).toBe(false);
      }),
    );
  });

  it('changing a closing date never reports the cycle itself as overlapping', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 365 }), participantSet, (length, newLength, systemIds) => {
        const cycle: Cycle = {
          id: 'me',
          name: 'Me',
          frameworkId: 'v2',
          opensOn: TODAY,
          closesOn: day(length),
          participants: { kind: 'ALL' },
          illustrative: false,
          status: 'OPEN',
          closedOn: null,
          closedEarly: false,
          publishedOn: null,
        };
        const self: ExistingCycle = { id: 'me', name: 'Me', opensOn: cycle.opensOn, closesOn: cycle.closesOn, status: 'OPEN', systemIds };
        const outcome = changeClosingDate(cycle, day(newLength), { today: TODAY, systemIds, cycles: [self] });
        const problems = outcome.ok ? [] : outcome.problems.map((p) => p.code);
        expect(problems).not.toContain('CYCLE_OVERLAPS');
        expect(outcome.ok).toBe(newLength !== length);
      }),
    );
  });

  it('openCycle refuses with CYCLE_OVERLAPS exactly when the model finds a clash with an existing cycle', () => {
    fc.assert(
      fc.property(dates, participantSet, fc.array(schedule, { maxLength: 5 }), (d, systemIds, others) => {
        const existing = others.map(asExisting);
        const outcome = openCycle(
          {
            name: 'New cycle',
            frameworkId: 'v2',
            ...d,
            participants: systemIds === 'ALL' ? { kind: 'ALL' } : { kind: 'COHORT', cohortId: 'cohort' },
            illustrative: false,
          },
          { today: TODAY, framework: { id: 'v2', status: 'PUBLISHED' }, cohort: { id: 'cohort', systemIds: systemIds === 'ALL' ? [] : systemIds }, cycles: existing },
        );
        const candidate: CycleSchedule = { id: null, ...d, status: 'OPEN', systemIds };
        const clashes = existing.filter((e) => overlapByBruteForce(candidate, e)).length;
        const reported = outcome.ok ? 0 : outcome.problems.filter((p) => p.code === 'CYCLE_OVERLAPS').length;
        expect(reported).toBe(clashes);
        expect(outcome.ok).toBe(clashes === 0);
      }),
      { numRuns: 200 },
    );
  });

  it('cycles generated without overlaps (one after another, or on ICSs no other shares) are all accepted in turn', () => {
    const sequential = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 20 }), length: fc.integer({ min: 0, max: 40 }), systemIds: participantSet }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(sequential, (plan) => {
        const opened: ExistingCycle[] = [];
        let next = 0;
        plan.forEach(({ gap, length, systemIds }, i) => {
          const opensOn = day(next);
          const closesOn = day(next + length);
          next += length + gap;
          const outcome = openCycle(
            {
              name: `Cycle ${i}`,
              frameworkId: 'v2',
              opensOn,
              closesOn,
              participants: systemIds === 'ALL' ? { kind: 'ALL' } : { kind: 'COHORT', cohortId: `cohort-${i}` },
              illustrative: false,
            },
            { today: TODAY, framework: { id: 'v2', status: 'PUBLISHED' }, cohort: { id: `cohort-${i}`, systemIds: systemIds === 'ALL' ? [] : systemIds }, cycles: opened },
          );
          expect(outcome).toMatchObject({ ok: true });
          opened.push({ id: `c${i}`, name: `Cycle ${i}`, opensOn, closesOn, status: 'OPEN', systemIds });
        });
      }),
    );
    // The same dates for everyone, each cycle on ICSs of its own.
    fc.assert(
      fc.property(dates, fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: POOL.length }), (d, pool) => {
        const opened: ExistingCycle[] = [];
        pool.forEach((ics, i) => {
          const outcome = openCycle(
            { name: `Cohort ${i}`, frameworkId: 'v2', ...d, participants: { kind: 'COHORT', cohortId: `k${i}` }, illustrative: true },
            { today: TODAY, framework: { id: 'v2', status: 'PUBLISHED' }, cohort: { id: `k${i}`, systemIds: [ics] }, cycles: opened },
          );
          expect(outcome.ok).toBe(true);
          opened.push({ id: `k${i}`, name: `Cohort ${i}`, ...d, status: 'OPEN', systemIds: [ics] });
        });
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

type Action =
  | { kind: 'wait'; days: number }
  | { kind: 'change'; offset: number }
  | { kind: 'close' }
  | { kind: 'answer'; query: boolean }
  | { kind: 'publish'; confirmed: boolean; stale: boolean }
  | { kind: 'revise'; reason: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 60 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('change' as const), offset: fc.integer({ min: -30, max: 400 }) }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'close' as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('answer' as const), query: fc.boolean() }), weight: 1 },
  // Mostly confirmed with the list as it is, so that runs reach PUBLISHED and go on acting on it.
  {
    arbitrary: fc.record({ kind: fc.constant('publish' as const), confirmed: fc.boolean(), stale: fc.boolean() }).map((p) => ({ ...p, confirmed: p.confirmed || !p.stale })),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('revise' as const), reason: fc.constantFrom('', '  ', 'Mistyped level') }), weight: 1 },
);

const lead: Actor = { userId: 'lead', grants: [{ role: 'ICS_LEAD', systemId: 'a' }], coachedSystemIds: [] };
const rank: Record<CycleStatus, number> = { OPEN: 0, CLOSED: 1, PUBLISHED: 2 };

function checkInvariants(cycle: Cycle): void {
  expect(CYCLE_STATUSES).toContain(cycle.status);
  expect(cycle.opensOn <= cycle.closesOn).toBe(true);
  if (cycle.status === 'OPEN') {
    expect([cycle.closedOn, cycle.publishedOn, cycle.closedEarly]).toEqual([null, null, false]);
    return;
  }
  const closedOn = cycle.closedOn as string;
  expect(closedOn >= cycle.opensOn && closedOn <= cycle.closesOn).toBe(true);
  if (cycle.closedEarly) expect(closedOn < cycle.closesOn).toBe(true);
  if (cycle.status === 'CLOSED') expect(cycle.publishedOn).toBeNull();
  else expect((cycle.publishedOn as string) >= closedOn).toBe(true);
}

function checkProblems(outcome: CycleOutcome<unknown>): void {
  if (outcome.ok) return;
  expect(outcome.problems.length).toBeGreaterThan(0);
  for (const p of outcome.problems) {
    expect(CYCLE_PROBLEM_CODES).toContain(p.code);
    expect(p.field).not.toBe('');
    expect(p.message.trim()).not.toBe('');
  }
}

describe('the state machine (property tests)', () => {
  it('no sequence of actions leads out of OPEN → CLOSED → PUBLISHED; nothing goes back; published is final', () => {
    const reached: Record<CycleStatus, number> = { OPEN: 0, CLOSED: 0, PUBLISHED: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 120 }), fc.array(action, { minLength: 4, maxLength: 30 }), (start, length, actions) => {
        let today = TODAY;
        const opened = openCycle(
          { name: 'Run', frameworkId: 'v2', opensOn: day(start), closesOn: day(start + length), participants: { kind: 'ALL' }, illustrative: false },
          { today, framework: { id: 'v2', status: 'PUBLISHED' }, cohort: null, cycles: [] },
        );
        if (!opened.ok) throw new Error(`a valid cycle was refused: ${JSON.stringify(opened.problems)}`);
        let cycle: Cycle = { id: 'run', ...opened.value.cycle };
        const signOffs: SignOff[] = [];
        checkInvariants(cycle);

        for (const a of actions) {
          const before = cycle;
          let outcome: CycleOutcome<{ cycle?: Cycle }>;
          switch (a.kind) {
            case 'wait':
              today = addDaysToIsoDate(today, a.days);
              continue;
            case 'change':
              outcome = changeClosingDate(cycle, addDaysToIsoDate(today, a.offset), { today, systemIds: 'ALL', cycles: [] });
              break;
            case 'close':
              outcome = closeCycle(cycle, { today });
              break;
            case 'answer': {
              const answered = answerSignOff(cycle, 'a', a.query ? { answer: 'QUERIED', comment: 'Why?' } : { answer: 'CONFIRMED' }, {
                actor: lead,
                today,
                systemIds: 'ALL',
                hasFigures: true,
                current: null,
              });
              if (answered.ok) signOffs.splice(0, signOffs.length, answered.value.signOff);
              outcome = answered.ok ? { ok: true, value: {} } : answered;
              if (answered.ok) expect(cycle.status).toBe('CLOSED');
              break;
            }
            case 'publish': {
              const summary = signOffSummary(POOL.map((systemId) => ({ systemId, name: systemId })), signOffs);
              const shown = a.stale ? [...summary.outstandingSystemIds, 'someone'] : summary.outstandingSystemIds;
              outcome = publishCycle(cycle, { confirmed: a.confirmed, outstandingSystemIds: shown }, { today, summary });
              if (cycle.status === 'CLOSED') expect(outcome.ok).toBe(a.confirmed && !a.stale);
              break;
            }
            case 'revise': {
              const revised = reviseFigures(
                cycle,
                { systemId: 'a', reason: a.reason, levels: [{ criterionKey: 'k', level: 3 }] },
                { today, actorUserId: 'admin', systemIds: 'ALL', revisions: [], hasFigures: true, criteria: [{ key: 'k', title: 'K' }], countedLevels: { k: 2 } },
              );
              outcome = revised.ok ? { ok: true, value: {} } : revised;
              if (cycle.status === 'PUBLISHED') expect(revised.ok).toBe(a.reason.trim() !== '');
              else expect(revised).toMatchObject({ ok: false, problems: [{ code: 'CYCLE_NOT_PUBLISHED' }] });
              break;
            }
          }
          checkProblems(outcome);
          if (before.status === 'PUBLISHED' && a.kind !== 'revise') {
            expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'ALREADY_PUBLISHED' }] });
          }
          if (outcome.ok && outcome.value.cycle) cycle = outcome.value.cycle;
          // Refused actions change nothing; accepted ones never move the status back.
          if (!outcome.ok) expect(cycle).toBe(before);
          expect(rank[cycle.status]).toBeGreaterThanOrEqual(rank[before.status]);
          if (before.status === 'PUBLISHED') expect(cycle).toEqual(before);
          checkInvariants(cycle);
        }
        reached[cycle.status] += 1;
      }),
      { numRuns: 300 },
    );
    // The runs exercise the whole machine, not only its first state.
    expect(reached).toEqual({ OPEN: expect.any(Number), CLOSED: expect.any(Number), PUBLISHED: expect.any(Number) });
    expect(Math.min(reached.OPEN, reached.CLOSED, reached.PUBLISHED)).toBeGreaterThan(10);
  });
});

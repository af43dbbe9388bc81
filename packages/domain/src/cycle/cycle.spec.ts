import { CYCLE_FORBIDDEN_CODES, CYCLE_PROBLEM_CODES } from './problems';
import {
  acceptsAnswers,
  changeClosingDate,
  closeCycle,
  Cycle,
  cycleNameProblems,
  cyclePhase,
  ExistingCycle,
  figuresProvisional,
  mayOpenCycleOn,
  openCycle,
  OpenCycleContext,
  OpenCycleInput,
} from './cycle';

const TODAY = '2026-12-06';
const PIONEERS = ['surrey', 'swl', 'cambs', 'bnssg', 'nwl', 'derby'];

const input = (over: Partial<OpenCycleInput> = {}): OpenCycleInput => ({
  name: 'Pioneers 2027',
  frameworkId: 'v2',
  opensOn: '2027-01-04',
  closesOn: '2027-03-31',
  participants: { kind: 'COHORT', cohortId: 'pioneers' },
  illustrative: false,
  ...over,
});

const context = (over: Partial<OpenCycleContext> = {}): OpenCycleContext => ({
  today: TODAY,
  framework: { id: 'v2', status: 'PUBLISHED' },
  cohort: { id: 'pioneers', systemIds: PIONEERS },
  cycles: [],
  ...over,
});

const existing = (over: Partial<ExistingCycle> = {}): ExistingCycle => ({
  id: 'c1',
  name: 'Baseline 2026 (illustrative)',
  opensOn: '2026-11-22',
  closesOn: '2027-03-06',
  status: 'OPEN',
  systemIds: 'ALL',
  ...over,
});

const cycle = (over: Partial<Cycle> = {}): Cycle => ({
  id: 'c9',
  name: 'Baseline 2027',
  frameworkId: 'v2',
  opensOn: '2026-12-01',
  closesOn: '2027-02-26',
  participants: { kind: 'ALL' },
  illustrative: false,
  status: 'OPEN',
  closedOn: null,
  closedEarly: false,
  publishedOn: null,
  ...over,
});

const codes = (outcome: { ok: boolean; problems?: readonly { code: string }[] }) => (outcome.ok ? [] : (outcome.problems ?? []).map((p) => p.code));

describe('problem codes', () => {
  it('are stable: the list the API and web rely on (a change here is a deliberate, visible one)', () => {
    expect(CYCLE_PROBLEM_CODES).toEqual([
      'NAME_REQUIRED',
      'NAME_TOO_LONG',
      'NAME_INVALID',
      'NAME_TAKEN',
      'DATE_INVALID',
      'DATE_OUT_OF_RANGE',
      'OPENS_IN_PAST',
      'CLOSES_BEFORE_OPENS',
      'CLOSES_IN_PAST',
      'CYCLE_TOO_LONG',
      'CLOSING_DATE_UNCHANGED',
      'CYCLE_OVERLAPS',
      'FRAMEWORK_NOT_FOUND',
      'FRAMEWORK_NOT_PUBLISHED',
      'COHORT_NOT_FOUND',
      'COHORT_EMPTY',
      'CYCLE_NOT_STARTED',
      'ALREADY_CLOSED',
      'CYCLE_NOT_CLOSED',
      'ALREADY_PUBLISHED',
      'CYCLE_NOT_PUBLISHED',
      'NOT_ALLOWED',
      'NOT_A_PARTICIPANT',
      'NO_FIGURES',
      'ANSWER_INVALID',
      'COMMENT_REQUIRED',
      'COMMENT_TOO_LONG',
      'REASON_REQUIRED',
      'REASON_TOO_LONG',
      'TEXT_INVALID',
      'CONFIRMATION_REQUIRED',
      'CONFIRMATION_OUT_OF_DATE',
      'NO_CHANGES',
      'CRITERION_UNKNOWN',
      'CRITERION_REPEATED',
      'LEVEL_INVALID',
      'LEVEL_UNCHANGED',
    ]);
    expect(CYCLE_FORBIDDEN_CODES).toEqual(['NOT_ALLOWED']);
    for (const code of CYCLE_PROBLEM_CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });
});

describe('openCycle', () => {
  it('opens a cohort cycle on a published canvas version: trimmed name, OPEN, participants told', () => {
    const outcome = openCycle(input({ name: '  Pioneers   2027 ' }), context());
    expect(outcome).toEqual({
      ok: true,
      value: {
        cycle: {
          name: 'Pioneers 2027',
          frameworkId: 'v2',
          opensOn: '2027-01-04',
          closesOn: '2027-03-31',
          participants: { kind: 'COHORT', cohortId: 'pioneers' },
          illustrative: false,
          status: 'OPEN',
          closedOn: null,
          closedEarly: false,
          publishedOn: null,
        },
        event: expect.objectContaining({ action: 'CYCLE_OPENED', before: null, notify: { kind: 'PARTICIPATING_LEADS' } }),
      },
    });
  });

  it('opens a cycle today, for all ICSs, illustrative', () => {
    const outcome = openCycle(input({ opensOn: TODAY, participants: { kind: 'ALL' }, illustrative: true }), context({ cohort: null }));
    expect(outcome.ok && outcome.value.cycle).toMatchObject({ opensOn: TODAY, participants: { kind: 'ALL' }, illustrative: true });
  });

  it.each([
    ['a draft canvas version', { framework: { id: 'v2', status: 'DRAFT' } }, 'FRAMEWORK_NOT_PUBLISHED', 'frameworkId'],
    ['a retired canvas version', { framework: { id: 'v2', status: 'RETIRED' } }, 'FRAMEWORK_NOT_PUBLISHED', 'frameworkId'],
    ['no such canvas version', { framework: null }, 'FRAMEWORK_NOT_FOUND', 'frameworkId'],
    ['a different canvas version loaded', { framework: { id: 'v1', status: 'PUBLISHED' } }, 'FRAMEWORK_NOT_FOUND', 'frameworkId'],
    ['no such cohort', { cohort: null }, 'COHORT_NOT_FOUND', 'cohortId'],
    ['an empty cohort', { cohort: { id: 'pioneers', systemIds: [] } }, 'COHORT_EMPTY', 'cohortId'],
  ] as const)('refuses %s', (_what, over, code, field) => {
    const outcome = openCycle(input(), context(over as Partial<OpenCycleContext>));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems).toEqual([expect.objectContaining({ code, field, message: expect.any(String) })]);
  });

  it.each([
    ['an opening date that is not a date', { opensOn: '2027-02-30' }, ['DATE_INVALID'], 'opensOn'],
    ['a closing date that is not a date', { closesOn: '31/03/2027' }, ['DATE_INVALID'], 'closesOn'],
    ['an opening date in the past', { opensOn: '2026-12-05' }, ['OPENS_IN_PAST'], 'opensOn'],
    ['a closing date before the opening date', { closesOn: '2027-01-03' }, ['CLOSES_BEFORE_OPENS'], 'closesOn'],
    ['a cycle over a year long', { closesOn: '2028-01-05' }, ['CYCLE_TOO_LONG'], 'closesOn'],
    ['an opening date before 2000', { opensOn: '1999-01-04' }, ['DATE_OUT_OF_RANGE'], 'opensOn'],
    ['an opening date years ahead', { opensOn: '2031-01-04', closesOn: '2031-03-31' }, ['DATE_OUT_OF_RANGE', 'DATE_OUT_OF_RANGE'], 'opensOn'],
  ])('refuses %s', (_what, over, expected, field) => {
    const outcome = openCycle(input(over), context());
    expect(codes(outcome)).toEqual(expected);
    expect(!outcome.ok && outcome.problems[0].field).toBe(field);
  });

  it('allows a cycle of exactly a year and a day, and one that opens and closes on the same day', () => {
    expect(openCycle(input({ opensOn: '2027-01-01', closesOn: '2028-01-01' }), context()).ok).toBe(true);
    expect(codes(openCycle(input({ opensOn: '2027-01-01', closesOn: '2028-01-02' }), context()))).toEqual(['CYCLE_TOO_LONG']);
    expect(openCycle(input({ opensOn: TODAY, closesOn: TODAY }), context()).ok).toBe(true);
  });

  it('lists every problem at once, so that the whole form is corrected in one go', () => {
    const outcome = openCycle(input({ name: ' ', opensOn: '2027-13-01', closesOn: 'soon' }), context({ framework: { id: 'v2', status: 'DRAFT' }, cohort: null }));
    expect(codes(outcome)).toEqual(['NAME_REQUIRED', 'FRAMEWORK_NOT_PUBLISHED', 'COHORT_NOT_FOUND', 'DATE_INVALID', 'DATE_INVALID']);
  });

  it('refuses a name another cycle has, ignoring case and spacing', () => {
    const outcome = openCycle(input({ name: 'baseline  2026 (ILLUSTRATIVE)' }), context({ cycles: [existing({ status: 'CLOSED' })] }));
    expect(!outcome.ok && outcome.problems).toEqual([
      { code: 'NAME_TAKEN', field: 'name', message: 'There is already a cycle called "Baseline 2026 (illustrative)": choose another name' },
    ]);
  });

  it('refuses a cohort cycle whose dates overlap an open all-ICS cycle, naming it', () => {
    const outcome = openCycle(input(), context({ cycles: [existing()] }));
    expect(!outcome.ok && outcome.problems).toEqual([
      {
        code: 'CYCLE_OVERLAPS',
        field: 'opensOn',
        message:
          'These dates overlap "Baseline 2026 (illustrative)" (22 November 2026 to 6 March 2027), which 6 ICSs taking part in this cycle also answer. ' +
          'An ICS answers one cycle at a time: choose dates outside it, or close it first',
      },
    ]);
  });

  it('accepts the same dates once the overlapping cycle is closed (it accepts no more answers)', () => {
    expect(openCycle(input(), context({ cycles: [existing({ status: 'CLOSED' })] })).ok).toBe(true);
    expect(openCycle(input(), context({ cycles: [existing({ status: 'PUBLISHED' })] })).ok).toBe(true);
  });

  it('accepts overlapping dates for cohorts that share no ICS, and refuses them when they share one', () => {
    const other = existing({ name: 'Second wave 2027', systemIds: ['devon', 'kent'] });
    expect(openCycle(input(), context({ cycles: [other] })).ok).toBe(true);
    const sharing = existing({ name: 'Second wave 2027', systemIds: ['devon', 'derby'] });
    expect(!openCycle(input(), context({ cycles: [sharing] })).ok && codes(openCycle(input(), context({ cycles: [sharing] })))).toEqual(['CYCLE_OVERLAPS']);
    expect(openCycle(input(), context({ cycles: [sharing] }))).toMatchObject({ problems: [{ message: expect.stringContaining('which 1 ICS taking part') }] });
  });

  it('counts a shared last day as an overlap, and the day after as none', () => {
    const before = existing({ opensOn: '2026-12-07', closesOn: '2027-01-04' });
    expect(codes(openCycle(input(), context({ cycles: [before] })))).toEqual(['CYCLE_OVERLAPS']);
    expect(openCycle(input(), context({ cycles: [existing({ opensOn: '2026-12-07', closesOn: '2027-01-03' })] })).ok).toBe(true);
  });

  it('refuses an all-ICS cycle overlapping any open cycle', () => {
    const cohortCycle = existing({ name: 'Pioneers spring', systemIds: ['derby'] });
    const outcome = openCycle(input({ participants: { kind: 'ALL' } }), context({ cycles: [cohortCycle] }));
    expect(codes(outcome)).toEqual(['CYCLE_OVERLAPS']);
  });
});

describe('mayOpenCycleOn', () => {
  it('allows the published version in use only: not a draft, not a retired version (the rule openCycle applies)', () => {
    expect((['DRAFT', 'PUBLISHED', 'RETIRED'] as const).filter(mayOpenCycleOn)).toEqual(['PUBLISHED']);
    for (const status of ['DRAFT', 'RETIRED'] as const) {
      const outcome = openCycle(input(), context({ framework: { id: 'v2', status } }));
      expect(!outcome.ok && outcome.problems.map((p) => p.code)).toEqual(['FRAMEWORK_NOT_PUBLISHED']);
    }
  });

  it('tells the admin a retired version has a newer one to choose instead', () => {
    const outcome = openCycle(input(), context({ framework: { id: 'v2', status: 'RETIRED' } }));
    expect(!outcome.ok && outcome.problems[0]?.message).toMatch(/retired: a newer version has been published/);
  });
});

describe('cycle names', () => {
  it.each([
    ['', 'NAME_REQUIRED'],
    ['   ', 'NAME_REQUIRED'],
    ['x'.repeat(121), 'NAME_TOO_LONG'],
    ['Baseline <script>', 'NAME_INVALID'],
    ['Baseline\u0007 2027', 'NAME_INVALID'],
  ])('%j is refused with %s', (name, code) => {
    expect(cycleNameProblems(name, []).map((p) => p.code)).toEqual([code]);
  });

  it('allows 120 characters, and a cycle keeping its own name', () => {
    expect(cycleNameProblems('x'.repeat(120), [])).toEqual([]);
    expect(cycleNameProblems('Baseline 2027', [{ id: 'c9', name: 'baseline 2027' }], 'c9')).toEqual([]);
  });

  it('refuses a name that is not text (bad input from outside)', () => {
    expect(cycleNameProblems(undefined, []).map((p) => p.code)).toEqual(['NAME_REQUIRED']);
  });
});

describe('changeClosingDate', () => {
  const ctx = { today: TODAY, systemIds: 'ALL' as const, cycles: [] };

  it('moves the closing date later or earlier, and tells the participating leads', () => {
    const later = changeClosingDate(cycle(), '2027-03-31', ctx);
    expect(later).toEqual({
      ok: true,
      value: {
        cycle: cycle({ closesOn: '2027-03-31' }),
        event: { action: 'CYCLE_CLOSING_DATE_CHANGED', before: { closesOn: '2027-02-26' }, after: { closesOn: '2027-03-31' }, notify: { kind: 'PARTICIPATING_LEADS' } },
      },
    });
    expect(changeClosingDate(cycle(), TODAY, ctx).ok).toBe(true);
  });

  it.each([
    ['a date that is not real', '2027-02-29', 'DATE_INVALID'],
    ['the same date', '2027-02-26', 'CLOSING_DATE_UNCHANGED'],
    ['a date before today', '2026-12-05', 'CLOSES_IN_PAST'],
    ['a date over a year after opening', '2027-12-02', 'CYCLE_TOO_LONG'],
    ['a date years ahead', '2030-01-01', 'DATE_OUT_OF_RANGE'],
  ])('refuses %s', (_what, date, code) => {
    expect(changeClosingDate(cycle(), date, ctx)).toMatchObject({ ok: false, problems: [{ code, field: 'closesOn' }] });
  });

  it('refuses a date before the opening date of a cycle not open yet', () => {
    const scheduled = cycle({ opensOn: '2027-01-10', closesOn: '2027-02-26' });
    expect(codes(changeClosingDate(scheduled, '2027-01-09', ctx))).toEqual(['CLOSES_BEFORE_OPENS']);
  });

  it('refuses an extension into another open cycle that shares ICSs, but never counts the cycle itself', () => {
    const next = existing({ id: 'c10', name: 'Spring 2027', opensOn: '2027-03-01', closesOn: '2027-05-01', systemIds: ['derby'] });
    const self = existing({ id: 'c9', name: 'Baseline 2027', opensOn: '2026-12-01', closesOn: '2027-02-26' });
    expect(codes(changeClosingDate(cycle(), '2027-03-01', { ...ctx, cycles: [self, next] }))).toEqual(['CYCLE_OVERLAPS']);
    expect(changeClosingDate(cycle(), '2027-02-28', { ...ctx, cycles: [self, next] }).ok).toBe(true);
  });

  it('extends an open cycle whose closing date has passed but is not closed yet', () => {
    const late = cycle({ closesOn: '2026-12-05' });
    expect(cyclePhase(late, TODAY)).toBe('PAST_CLOSING_DATE');
    const extended = changeClosingDate(late, '2026-12-20', ctx);
    expect(extended.ok && acceptsAnswers(extended.value.cycle, TODAY)).toBe(true);
  });

  it('refuses a closed cycle (it never reopens) and a published one (final)', () => {
    expect(codes(changeClosingDate(cycle({ status: 'CLOSED', closedOn: '2026-12-01' }), '2027-03-31', ctx))).toEqual(['ALREADY_CLOSED']);
    expect(codes(changeClosingDate(cycle({ status: 'PUBLISHED', closedOn: '2026-12-01', publishedOn: TODAY }), '2027-03-31', ctx))).toEqual(['ALREADY_PUBLISHED']);
  });
});

describe('closeCycle', () => {
  it('closes early, on today, keeping the planned closing date', () => {
    const outcome = closeCycle(cycle(), { today: TODAY });
    expect(outcome).toEqual({
      ok: true,
      value: {
        cycle: cycle({ status: 'CLOSED', closedOn: TODAY, closedEarly: true }),
        event: {
          action: 'CYCLE_CLOSED',
          before: { status: 'OPEN', closesOn: '2027-02-26' },
          after: { status: 'CLOSED', closedOn: TODAY, closedEarly: true },
          notify: { kind: 'PARTICIPATING_LEADS' },
        },
      },
    });
  });

  it('closes on its date once the date has passed (or on the last day itself), not early', () => {
    const late = closeCycle(cycle({ closesOn: '2026-11-30' }), { today: TODAY });
    expect(late.ok && late.value.cycle).toMatchObject({ status: 'CLOSED', closedOn: '2026-11-30', closedEarly: false });
    const lastDay = closeCycle(cycle({ closesOn: TODAY }), { today: TODAY });
    expect(lastDay.ok && lastDay.value.cycle).toMatchObject({ closedOn: TODAY, closedEarly: false });
  });

  it('refuses a cycle not open yet, a closed one and a published one', () => {
    expect(closeCycle(cycle({ opensOn: '2026-12-07' }), { today: TODAY })).toEqual({
      ok: false,
      problems: [{ code: 'CYCLE_NOT_STARTED', field: 'cycleId', message: '"Baseline 2027" opens on 7 December 2026: it cannot close before anyone could answer it' }],
    });
    expect(codes(closeCycle(cycle({ status: 'CLOSED', closedOn: '2026-12-02' }), { today: TODAY }))).toEqual(['ALREADY_CLOSED']);
    expect(codes(closeCycle(cycle({ status: 'PUBLISHED', closedOn: '2026-12-02', publishedOn: TODAY }), { today: TODAY }))).toEqual(['ALREADY_PUBLISHED']);
  });
});

describe('cyclePhase', () => {
  it.each([
    ['2026-11-30', 'NOT_YET_OPEN', false],
    ['2026-12-01', 'OPEN', true],
    ['2027-02-26', 'OPEN', true],
    ['2027-02-27', 'PAST_CLOSING_DATE', false],
  ])('on %s an open cycle is %s', (today, phase, accepts) => {
    expect(cyclePhase(cycle(), today)).toBe(phase);
    expect(acceptsAnswers(cycle(), today)).toBe(accepts);
  });

  it('a closed or published cycle accepts no answers whatever the date', () => {
    expect(cyclePhase(cycle({ status: 'CLOSED' }), '2027-01-01')).toBe('CLOSED');
    expect(acceptsAnswers(cycle({ status: 'CLOSED' }), '2027-01-01')).toBe(false);
    expect(acceptsAnswers(cycle({ status: 'PUBLISHED' }), '2027-01-01')).toBe(false);
    expect(figuresProvisional(cycle({ status: 'CLOSED' }))).toBe(true);
    expect(figuresProvisional(cycle({ status: 'PUBLISHED' }))).toBe(false);
  });
});

import { Actor } from '../access/access-policy';
import { Cycle } from './cycle';
import {
  answerSignOff,
  canAnswerSignOff,
  canReadSignOff,
  canReadSignOffSummary,
  criterionTitles,
  FiguresRevision,
  ReviseFiguresContext,
  publishConfirmation,
  publishCycle,
  reviseFigures,
  revisionNote,
  SignOff,
  signOffSummary,
} from './sign-off';

const TODAY = '2027-03-05';

const lead = (systemId: string): Actor => ({ userId: `lead-${systemId}`, grants: [{ role: 'ICS_LEAD', systemId }], coachedSystemIds: [] });
const coach: Actor = { userId: 'coach', grants: [{ role: 'COACH', cohortId: 'pioneers' }], coachedSystemIds: ['derby', 'devon'] };
const admin: Actor = { userId: 'admin', grants: [{ role: 'ADMIN' }], coachedSystemIds: [] };
const national: Actor = { userId: 'national', grants: [{ role: 'NATIONAL' }], coachedSystemIds: [] };

const cycle = (over: Partial<Cycle> = {}): Cycle => ({
  id: 'c1',
  name: 'Pioneers 2027',
  frameworkId: 'v2',
  opensOn: '2027-01-04',
  closesOn: '2027-03-31',
  participants: { kind: 'COHORT', cohortId: 'pioneers' },
  illustrative: false,
  status: 'CLOSED',
  closedOn: '2027-03-01',
  closedEarly: true,
  publishedOn: null,
  ...over,
});

const PARTICIPANTS = ['derby', 'devon', 'kent'];
const ctx = (actor: Actor, current: SignOff | null = null, hasFigures = true) => ({
  actor,
  today: TODAY,
  systemIds: PARTICIPANTS,
  hasFigures,
  current,
});
const codes = (outcome: { ok: boolean; problems?: readonly { code: string }[] }) => (outcome.ok ? [] : (outcome.problems ?? []).map((p) => p.code));

describe('who answers and reads the sign-off', () => {
  it('only a lead of the ICS answers for it; its leads, coaches and admins read it; admins read the summary', () => {
    expect(canAnswerSignOff(lead('devon'), 'devon')).toBe(true);
    for (const actor of [lead('kent'), coach, admin, national]) expect(canAnswerSignOff(actor, 'devon')).toBe(false);
    for (const actor of [lead('devon'), coach, admin]) expect(canReadSignOff(actor, 'devon')).toBe(true);
    for (const actor of [lead('kent'), national]) expect(canReadSignOff(actor, 'devon')).toBe(false);
    expect(canReadSignOff(coach, 'kent')).toBe(false);
    expect([admin, national, coach, lead('devon')].map(canReadSignOffSummary)).toEqual([true, false, false, false]);
  });
});

describe('answerSignOff', () => {
  it('a lead confirms their own ICS’s figures: recorded, nobody told', () => {
    expect(answerSignOff(cycle(), 'devon', { answer: 'CONFIRMED' }, ctx(lead('devon')))).toEqual({
      ok: true,
      value: {
        signOff: { systemId: 'devon', answer: 'CONFIRMED', comment: null, answeredBy: 'lead-devon', answeredOn: TODAY },
        event: { action: 'CYCLE_SIGN_OFF_ANSWERED', before: null, after: { systemId: 'devon', answer: 'CONFIRMED', comment: null }, notify: { kind: 'NOBODY' } },
      },
    });
  });

  it('a query carries its trimmed comment and goes to the ICS’s reviewers', () => {
    const outcome = answerSignOff(cycle(), 'devon', { answer: 'QUERIED', comment: '  Domain 3 looks too low.\nWe sent evidence.  ' }, ctx(lead('devon')));
    expect(outcome.ok && outcome.value.signOff.comment).toBe('Domain 3 looks too low.\nWe sent evidence.');
    expect(outcome.ok && outcome.value.event.notify).toEqual({ kind: 'SYSTEM_REVIEWERS', systemId: 'devon' });
  });

  it('a lead may change their mind before publishing: the earlier answer is the event’s "before"', () => {
    const first = answerSignOff(cycle(), 'devon', { answer: 'QUERIED', comment: 'Check domain 3' }, ctx(lead('devon')));
    if (!first.ok) throw new Error('expected the query to be accepted');
    const second = answerSignOff(cycle(), 'devon', { answer: 'CONFIRMED' }, ctx(lead('devon'), first.value.signOff));
    expect(second.ok && second.value.event.before).toEqual({ answer: 'QUERIED', comment: 'Check domain 3' });
    expect(second.ok && second.value.signOff.answer).toBe('CONFIRMED');
  });

  it.each([
    ['someone else’s figures', lead('kent'), 'devon', { answer: 'CONFIRMED' as const }, cycle(), 'NOT_ALLOWED'],
    ['a coach answering for the ICS', coach, 'devon', { answer: 'CONFIRMED' as const }, cycle(), 'NOT_ALLOWED'],
    ['an admin answering for the ICS', admin, 'devon', { answer: 'CONFIRMED' as const }, cycle(), 'NOT_ALLOWED'],
    ['a cycle still open', lead('devon'), 'devon', { answer: 'CONFIRMED' as const }, cycle({ status: 'OPEN', closedOn: null }), 'CYCLE_NOT_CLOSED'],
    ['a published cycle', lead('devon'), 'devon', { answer: 'CONFIRMED' as const }, cycle({ status: 'PUBLISHED', publishedOn: TODAY }), 'ALREADY_PUBLISHED'],
    ['an ICS not taking part', lead('leeds'), 'leeds', { answer: 'CONFIRMED' as const }, cycle(), 'NOT_A_PARTICIPANT'],
  ])('refuses %s', (_what, actor, systemId, input, c, code) => {
    expect(codes(answerSignOff(c, systemId, input, ctx(actor)))).toEqual([code]);
  });

  it('only an ICS with figures in the landscape (its assessment counts) answers', () => {
    expect(answerSignOff(cycle(), 'devon', { answer: 'CONFIRMED' }, ctx(lead('devon'), null, false))).toMatchObject({
      ok: false,
      problems: [{ code: 'NO_FIGURES', field: 'systemId' }],
    });
    expect(answerSignOff(cycle(), 'devon', { answer: 'CONFIRMED' }, ctx(lead('devon'), null, true)).ok).toBe(true);
  });

  it.each([
    ['an empty query', '   ', 'COMMENT_REQUIRED'],
    ['a query over 2000 characters', 'x'.repeat(2001), 'COMMENT_TOO_LONG'],
    ['control characters', 'see \u0000 here', 'TEXT_INVALID'],
  ])('refuses %s, on the comment field', (_what, comment, code) => {
    expect(answerSignOff(cycle(), 'devon', { answer: 'QUERIED', comment }, ctx(lead('devon')))).toMatchObject({ ok: false, problems: [{ code, field: 'comment' }] });
  });

  it('accepts a query of exactly 2000 characters after trimming', () => {
    expect(answerSignOff(cycle(), 'devon', { answer: 'QUERIED', comment: ` ${'x'.repeat(2000)} ` }, ctx(lead('devon'))).ok).toBe(true);
  });

  it('refuses an answer that is neither (bad input from outside)', () => {
    const bad = { answer: 'MAYBE' } as unknown as { answer: 'CONFIRMED' };
    expect(codes(answerSignOff(cycle(), 'devon', bad, ctx(lead('devon'))))).toEqual(['ANSWER_INVALID']);
  });
});

const participants = [
  { systemId: 'kent', name: 'Kent and Medway' },
  { systemId: 'devon', name: 'Devon' },
  { systemId: 'derby', name: 'Derby and Derbyshire' },
];
const answered = (systemId: string, answer: 'CONFIRMED' | 'QUERIED', comment: string | null = null): SignOff => ({
  systemId,
  answer,
  comment,
  answeredBy: `lead-${systemId}`,
  answeredOn: TODAY,
});

describe('signOffSummary', () => {
  it('counts who confirmed, queried and has not answered, by ICS name, ignoring answers from outside the cycle', () => {
    const summary = signOffSummary(participants, [answered('devon', 'CONFIRMED'), answered('kent', 'QUERIED', 'Domain 2?'), answered('leeds', 'CONFIRMED')]);
    expect(summary).toMatchObject({ total: 3, confirmed: 1, queried: 1, notAnswered: 1, outstandingSystemIds: ['derby', 'kent'] });
    expect(summary.rows.map((r) => [r.name, r.label, r.comment])).toEqual([
      ['Derby and Derbyshire', 'Not answered', null],
      ['Devon', 'Confirmed', null],
      ['Kent and Medway', 'Queried', 'Domain 2?'],
    ]);
  });
});

describe('publishing', () => {
  const sharing = (named: number, unnamed: number) =>
    Array.from({ length: named + unnamed }, (_, i) => ({ systemId: `s${i}`, sharesName: i < named }));
  const summaryOf = (n: number) => signOffSummary(Array.from({ length: n }, (_, i) => ({ systemId: `s${i}`, name: `ICS ${String(i).padStart(2, '0')}` })), []);

  it('the confirmation says who will see what, who has not confirmed, that leads are told, and that it is final', () => {
    const summary = signOffSummary(participants, [answered('devon', 'CONFIRMED'), answered('kent', 'QUERIED', 'Domain 2?')]);
    const confirmation = publishConfirmation(cycle(), summary, [{ systemId: 'devon', sharesName: true }], [
      { systemId: 'leeds', name: 'West Yorkshire' },
      { systemId: 'bath', name: 'Bath and North East Somerset, Swindon and Wiltshire' },
    ]);
    expect(confirmation).toMatchObject({
      cycleName: 'Pioneers 2027',
      participants: 5,
      confirmed: 1,
      queried: [expect.objectContaining({ name: 'Kent and Medway', comment: 'Domain 2?' })],
      notAnswered: [expect.objectContaining({ name: 'Derby and Derbyshire' })],
      outstandingSystemIds: ['derby', 'kent'],
      // 2 unnamed ICSs are fewer than 5: they are hidden from peers altogether.
      peers: { named: 1, unnamed: 0, hidden: 2 },
    });
    expect(confirmation.statements).toEqual([
      'Every ICS lead and programme coach will see the landscape of "Pioneers 2027": 1 ICS by name (they chose to share their name with peers). Each still sees their own ICSs by name.',
      '2 ICSs chose not to share their name. Fewer than 5 would be shown without a name, so they could be picked out: they will not be shown to other ICSs at all.',
      'National viewers and admins already see every ICS by name: the landscape will no longer be marked provisional.',
      'The leads of all 5 ICSs taking part will be told that it is published.',
      '1 ICS queried their figures: Kent and Medway.',
      '1 ICS has not answered: Derby and Derbyshire.',
      '2 ICSs taking part submitted nothing before the cycle closed and are not in the landscape: Bath and North East Somerset, Swindon and Wiltshire; West Yorkshire.',
      'Publishing cannot be undone. A correction afterwards is a new, recorded revision of that ICS’s figures, with a reason, shown on the landscape.',
    ]);
  });

  it('counts unnamed ICSs shown without a name once there are at least five, and says when all confirmed and the scores are illustrative', () => {
    const summary = signOffSummary(
      Array.from({ length: 42 }, (_, i) => ({ systemId: `s${i}`, name: `ICS ${i}` })),
      Array.from({ length: 42 }, (_, i) => answered(`s${i}`, 'CONFIRMED')),
    );
    const confirmation = publishConfirmation(cycle({ illustrative: true }), summary, sharing(30, 12));
    expect(confirmation.peers).toEqual({ named: 30, unnamed: 12, hidden: 0 });
    expect(confirmation.statements).toContain('Its scores are illustrative and will stay marked as illustrative.');
    expect(confirmation.statements).toContain('All 42 ICSs confirmed their figures.');
    expect(confirmation.statements[0]).toContain('30 ICSs by name (they chose to share their name with peers) and 12 ICSs without a name (scores and category only)');
  });

  it('an ICS with no recorded sharing choice counts as not sharing its name', () => {
    expect(publishConfirmation(cycle(), summaryOf(6), []).peers).toEqual({ named: 0, unnamed: 6, hidden: 0 });
  });

  it('publishes a closed cycle once confirmed with the current list: final, on today, participants told', () => {
    const summary = signOffSummary(participants, [answered('devon', 'CONFIRMED'), answered('kent', 'QUERIED', 'Domain 2?')]);
    const outcome = publishCycle(cycle(), { confirmed: true, outstandingSystemIds: ['kent', 'derby'] }, { today: TODAY, summary });
    expect(outcome).toEqual({
      ok: true,
      value: {
        cycle: cycle({ status: 'PUBLISHED', publishedOn: TODAY }),
        event: {
          action: 'CYCLE_PUBLISHED',
          before: { status: 'CLOSED' },
          after: { status: 'PUBLISHED', publishedOn: TODAY, confirmed: 1, queried: ['kent'], notAnswered: ['derby'] },
          notify: { kind: 'PARTICIPATING_LEADS' },
        },
      },
    });
  });

  it('refuses publishing without the confirmation, or with a list that is out of date', () => {
    const summary = signOffSummary(participants, [answered('devon', 'CONFIRMED')]);
    const now = { today: TODAY, summary };
    expect(codes(publishCycle(cycle(), { confirmed: false, outstandingSystemIds: ['derby', 'kent'] }, now))).toEqual(['CONFIRMATION_REQUIRED']);
    expect(codes(publishCycle(cycle(), { confirmed: true, outstandingSystemIds: ['derby', 'devon', 'kent'] }, now))).toEqual(['CONFIRMATION_OUT_OF_DATE']);
    expect(codes(publishCycle(cycle(), { confirmed: true, outstandingSystemIds: ['derby'] }, now))).toEqual(['CONFIRMATION_OUT_OF_DATE']);
    expect(codes(publishCycle(cycle(), { confirmed: true, outstandingSystemIds: ['derby', 'leeds'] }, now))).toEqual(['CONFIRMATION_OUT_OF_DATE']);
  });

  it('refuses publishing an open cycle, and publishing twice', () => {
    const summary = signOffSummary(participants, []);
    const input = { confirmed: true, outstandingSystemIds: ['derby', 'devon', 'kent'] };
    expect(codes(publishCycle(cycle({ status: 'OPEN', closedOn: null }), input, { today: TODAY, summary }))).toEqual(['CYCLE_NOT_CLOSED']);
    const once = publishCycle(cycle(), input, { today: TODAY, summary });
    if (!once.ok) throw new Error('expected the first publish to succeed');
    expect(codes(publishCycle(once.value.cycle, input, { today: TODAY, summary }))).toEqual(['ALREADY_PUBLISHED']);
  });
});

describe('reviseFigures', () => {
  const published = cycle({ status: 'PUBLISHED', publishedOn: '2027-03-10' });
  const CRITERIA = [
    { key: '1.1', title: 'Strategy' },
    { key: '1.2', title: 'Leadership' },
    { key: '2.1', title: 'Digital skills' },
  ];
  const rctx = (revisions: readonly FiguresRevision[] = [], over: Partial<ReviseFiguresContext> = {}): ReviseFiguresContext => ({
    today: '2027-04-01',
    actorUserId: 'admin',
    systemIds: PARTICIPANTS,
    revisions,
    hasFigures: true,
    criteria: CRITERIA,
    countedLevels: { '1.1': 2, '1.2': null, '2.1': 3 },
    ...over,
  });
  const levels = [
    { criterionKey: '2.1', level: 4 },
    { criterionKey: '1.2', level: 1 },
  ];

  it('records a numbered revision with its trimmed reason and each level before and after, in the canvas’s order; the ICS’s leads are told', () => {
    const first = reviseFigures(published, { systemId: 'devon', reason: '  Moderated level for 2.1 was mistyped.  ', levels }, rctx());
    const changes = [
      { criterionKey: '1.2', title: 'Leadership', before: null, after: 1 },
      { criterionKey: '2.1', title: 'Digital skills', before: 3, after: 4 },
    ];
    expect(first).toEqual({
      ok: true,
      value: {
        revision: { systemId: 'devon', number: 1, reason: 'Moderated level for 2.1 was mistyped.', revisedBy: 'admin', revisedOn: '2027-04-01', changes },
        event: {
          action: 'CYCLE_FIGURES_REVISED',
          before: null,
          after: { systemId: 'devon', number: 1, reason: 'Moderated level for 2.1 was mistyped.', changes },
          notify: { kind: 'SYSTEM_LEADS', systemId: 'devon' },
        },
      },
    });
    if (!first.ok) throw new Error('expected a revision');
    const kentsRevision = { ...first.value.revision, systemId: 'kent', number: 4 };
    const second = reviseFigures(published, { systemId: 'devon', reason: 'Evidence arrived late.', levels }, rctx([first.value.revision, kentsRevision]));
    expect(second.ok && second.value.revision.number).toBe(2);
  });

  it.each([
    ['before publishing', cycle(), 'devon', 'A reason', 'CYCLE_NOT_PUBLISHED'],
    ['an ICS not taking part', published, 'leeds', 'A reason', 'NOT_A_PARTICIPANT'],
    ['without a reason', published, 'devon', '   ', 'REASON_REQUIRED'],
    ['with a reason over 2000 characters', published, 'devon', 'x'.repeat(2001), 'REASON_TOO_LONG'],
  ])('refuses a revision %s', (_what, c, systemId, reason, code) => {
    expect(codes(reviseFigures(c, { systemId, reason, levels }, rctx()))).toEqual([code]);
  });

  it('names criteria by their number in their domain', () => {
    expect(
      criterionTitles({
        domains: [
          { number: 1, title: 'Local needs', criteria: [{ key: 'a.x' }, { key: 'a.y' }] },
          { number: 2, title: 'Skills', criteria: [{ key: 'b.x' }] },
        ],
      }),
    ).toEqual([
      { key: 'a.x', title: '1.1 (Local needs)' },
      { key: 'a.y', title: '1.2 (Local needs)' },
      { key: 'b.x', title: '2.1 (Skills)' },
    ]);
  });

  it('refuses an ICS without published figures', () => {
    expect(codes(reviseFigures(published, { systemId: 'devon', reason: 'A reason', levels }, rctx([], { hasFigures: false })))).toEqual(['NO_FIGURES']);
  });

  it('reports every problem with the levels and the reason at once, each with its field', () => {
    const outcome = reviseFigures(
      published,
      {
        systemId: 'devon',
        reason: '',
        levels: [
          { criterionKey: '9.9', level: 3 },
          { criterionKey: '1.1', level: 2 },
          { criterionKey: '2.1', level: 6 },
          { criterionKey: '2.1', level: 4 },
          { criterionKey: '1.2', level: 2.5 },
          { criterionKey: 42, level: 1 },
        ],
      },
      rctx(),
    );
    expect(outcome.ok ? [] : outcome.problems.map((p) => [p.code, p.field])).toEqual([
      ['CRITERION_UNKNOWN', 'levels[0].criterionKey'],
      ['LEVEL_UNCHANGED', 'levels[1].level'],
      ['LEVEL_INVALID', 'levels[2].level'],
      ['CRITERION_REPEATED', 'levels[3].criterionKey'],
      ['LEVEL_INVALID', 'levels[4].level'],
      ['CRITERION_UNKNOWN', 'levels[5].criterionKey'],
      ['REASON_REQUIRED', 'reason'],
    ]);
    expect(codes(reviseFigures(published, { systemId: 'devon', reason: 'A reason', levels: [] }, rctx()))).toEqual(['NO_CHANGES']);
  });

  it('the landscape’s note says what the latest revision changed and why, and none before any', () => {
    const change = (title: string, before: number | null, after: number) => ({ criterionKey: title, title, before, after });
    const revisions: FiguresRevision[] = [
      { systemId: 'devon', number: 1, reason: 'First fix', revisedBy: 'admin', revisedOn: '2027-04-01', changes: [change('Strategy', 2, 3)] },
      { systemId: 'devon', number: 2, reason: 'Second fix', revisedBy: 'admin', revisedOn: '2027-04-20', changes: [change('Strategy', 3, 4), change('Leadership', null, 2)] },
      { systemId: 'kent', number: 1, reason: 'Kent fix', revisedBy: 'admin', revisedOn: '2027-04-02', changes: [] },
    ];
    expect(revisionNote(revisions, 'devon')).toBe(
      'Corrected after publishing on 20 April 2027 (correction 2): criterion Strategy from level 3 to level 4; criterion Leadership from no level to level 2. Reason: Second fix',
    );
    expect(revisionNote(revisions, 'devon', false)).toBe(
      'Corrected after publishing on 20 April 2027 (correction 2): 2 levels changed; the details are not shown for an ICS without its name.',
    );
    expect(revisionNote(revisions, 'kent')).toBe('Corrected after publishing on 2 April 2027: Kent fix');
    expect(revisionNote(revisions, 'derby')).toBeNull();
    // The note of a correction about to be recorded (the admin's check page) says its number from the revision alone.
    expect(revisionNote([revisions[1]], 'devon')).toMatch(/^Corrected after publishing on 20 April 2027 \(correction 2\): /);
  });
});

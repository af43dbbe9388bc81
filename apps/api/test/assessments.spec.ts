import { addDaysToIsoDate, CANVAS_V1, todayInEngland } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, fingerprint, gql, openCycle, Person, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const [K1, K2] = KEYS;
const QUICK = CANVAS_V1.domains.flatMap((d) => d.quickCheck.map((q) => q.key));

const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) {
  version status responses { criterionKey selfLevel notAssessed evidence links targetDate confidence } quickCheckAnswers { questionKey answer }
  progress { domainKey status answered total } } }`;
const TRANSITION = `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) {
  status version availableTransitions canEdit history { transition fromStatus toStatus reason actorName occurredAt }
  responses { updatedAt } } }`;

interface Saved {
  version: number;
  status: string;
  responses: { criterionKey: string; selfLevel: number | null; evidence: string; links: string[] }[];
  progress: { domainKey: string; status: string }[];
}

describe('assessments: saving, locking, transitions, audit', () => {
  let api: TestApp;
  let lead: Person;
  let colleague: Person;
  let coach: Person;
  let devon: string;
  let cycleId: string;

  beforeAll(async () => {
    api = await startTestApp();
    devon = await systemId(api.database, 'Devon');
    const cohort = await createCohort(api.database, 'South West pilots', [devon]);
    lead = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    colleague = await createPerson(api.database, 'Colleague', [{ role: 'ICS_LEAD', systemId: devon }]);
    coach = await createPerson(api.database, 'Coach', [{ role: 'COACH', cohortId: cohort }]);
    cycleId = await openCycle(api.database, 'Spring 2026', '2026-03-01');
  });
  afterAll(async () => {
    await api.close();
  });

  /** A fresh draft for Devon in a new cycle. */
  async function freshDraft(opensOn = '2026-06-01') {
    return assessmentOf(api.database, await openCycle(api.database, `Cycle ${Math.random()}`, opensOn), devon);
  }
  const save = (who: Person, assessmentId: string, expectedVersion: number, responses: object[], quickCheckAnswers: object[] = []) =>
    gql(api, who.token, SAVE, { input: { assessmentId, expectedVersion, responses, quickCheckAnswers } });
  /** The save a page sends as it closes while its save from `expectedVersion` may still be under way. */
  const saveOnExit = (who: Person, assessmentId: string, expectedVersion: number, responses: object[]) =>
    gql(api, who.token, SAVE, { input: { assessmentId, expectedVersion, responses, followsOwnSave: true } });
  const stored = async (assessmentId: string) =>
    api.database.query(`SELECT criterion_key, self_level, evidence FROM assessment_response WHERE assessment_id = $1 ORDER BY criterion_key`, [
      assessmentId,
    ]);
  const audit = async (assessmentId: string, action: string) =>
    api.database.query(`SELECT actor_user_id, before, after FROM audit_event WHERE subject_id = $1 AND action = $2 ORDER BY id`, [
      assessmentId,
      action,
    ]);

  it('saves answers, bumps the version, shows progress, and audits each change with before and after', async () => {
    const { id, version } = await assessmentOf(api.database, cycleId, devon);
    const { body } = await save(lead, id, version, [
      { criterionKey: K1, selfLevel: 2, evidence: 'A needs map with Healthwatch.', links: ['https://example.nhs.uk/map'], targetDate: '2027-03-31', confidence: 'MEDIUM' },
      { criterionKey: K2, notAssessed: true },
    ]);
    const saved = body.data?.['saveAnswers'] as Saved;
    expect(saved.version).toBe(version + 1);
    // Answers come back in criterion-key order.
    expect(K2 < K1).toBe(true);
    expect(saved.responses).toEqual([
      expect.objectContaining({ criterionKey: K2, selfLevel: null, notAssessed: true }),
      expect.objectContaining({ criterionKey: K1, selfLevel: 2, evidence: 'A needs map with Healthwatch.', links: ['https://example.nhs.uk/map'] }),
    ]);
    expect(saved.progress[0]).toMatchObject({ domainKey: CANVAS_V1.domains[0].key, status: 'IN_PROGRESS' });

    const rows = await audit(id, 'RESPONSE_CHANGED');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actor_user_id: lead.id, before: null, after: expect.objectContaining({ criterionKey: expect.any(String) }) });

    // Saving the same answers again changes nothing and audits nothing (but still moves the version on).
    const again = await save(lead, id, saved.version, [
      { criterionKey: K1, selfLevel: 2, evidence: 'A needs map with Healthwatch.', links: ['https://example.nhs.uk/map'], targetDate: '2027-03-31', confidence: 'MEDIUM' },
    ]);
    expect(again.body.errors).toBeUndefined();
    expect(await audit(id, 'RESPONSE_CHANGED')).toHaveLength(2);

    // A later change is audited with what it replaced.
    const third = await save(lead, id, (again.body.data?.['saveAnswers'] as Saved).version, [{ criterionKey: K1, selfLevel: 3, evidence: 'Updated.' }]);
    expect(third.body.errors).toBeUndefined();
    const last = (await audit(id, 'RESPONSE_CHANGED')).at(-1);
    expect(last.before).toMatchObject({ selfLevel: 2, evidence: 'A needs map with Healthwatch.' });
    expect(last.after).toMatchObject({ selfLevel: 3, evidence: 'Updated.' });
  });

  it('two writers from the same version: one wins, the other gets CONFLICT with the current answers, and neither is lost', async () => {
    const { id, version } = await freshDraft();
    const writerA = await save(lead, id, version, [{ criterionKey: K1, selfLevel: 4, evidence: 'From A' }]);
    expect(writerA.body.errors).toBeUndefined();

    const writerB = await save(lead, id, version, [{ criterionKey: K1, selfLevel: 1, evidence: 'From B' }]);
    expect(writerB.body.data).toBeNull();
    expect(writerB.body.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: version + 1,
      currentStatus: 'DRAFT',
      currentResponses: [expect.objectContaining({ criterionKey: K1, selfLevel: 4, evidence: 'From A' })],
    });
    const [stored] = await api.database.query(`SELECT self_level, evidence FROM assessment_response WHERE assessment_id = $1`, [id]);
    expect(stored).toEqual({ self_level: 4, evidence: 'From A' });

    // B chooses to keep theirs, against the version they were shown: now B's answer is saved, and A's is in the audit trail.
    const retry = await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 1, evidence: 'From B' }]);
    expect(retry.body.errors).toBeUndefined();
    expect((await audit(id, 'RESPONSE_CHANGED')).map((r: { after: { evidence: string } }) => r.after.evidence)).toEqual(['From A', 'From B']);
  });

  it('lets exactly one of two simultaneous saves through', async () => {
    const { id, version } = await freshDraft();
    const results = await Promise.all(
      [1, 2, 3, 4].map((score) => save(lead, id, version, [{ criterionKey: K1, selfLevel: score, evidence: `Writer ${score}` }])),
    );
    const codes = results.map((r) => (r.body.errors ? r.body.errors[0].extensions?.['code'] : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const [{ version: now }] = await api.database.query(`SELECT version FROM assessment WHERE id = $1`, [id]);
    expect(now).toBe(version + 1);
  });

  describe('autosave checks access on the facts it last saw, and writes only while they still hold', () => {
    it('refuses a save once the assessment was submitted elsewhere, even at the same version, and changes nothing', async () => {
      const { id, version } = await freshDraft();
      const first = await save(lead, id, version, [{ criterionKey: K1, selfLevel: 2 }]);
      expect(first.body.errors).toBeUndefined();
      // Another replica (or anything else) submits it without this process hearing of it; the version stays.
      await api.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE id = $1`, [id]);
      const before = await fingerprint(api.database);
      const late = await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 4 }]);
      expect(late.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId', status: 'SUBMITTED' });
      expect(await fingerprint(api.database)).toEqual(before);
    });

    it('checks again on the facts as they are now when they changed, and saves if they still allow it', async () => {
      const { id, version } = await freshDraft();
      expect((await save(lead, id, version, [{ criterionKey: K1, selfLevel: 2 }])).body.errors).toBeUndefined();
      // A coach starts recording it on the ICS's behalf: its leads still act for it, so the next save goes through.
      await api.database.query(`UPDATE assessment SET recorded_on_behalf_by = $2, recorded_on_behalf_at = now() WHERE id = $1`, [id, coach.id]);
      const next = await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 3 }]);
      expect(next.body.errors).toBeUndefined();
      expect(await stored(id)).toEqual([expect.objectContaining({ criterion_key: K1, self_level: 3 })]);
      expect((await audit(id, 'RESPONSE_CHANGED')).map((r: { before: { selfLevel: number } | null }) => r.before?.selfLevel ?? null)).toEqual([null, 2]);
    });
  });

  it('refuses changes to the answers once the cycle has closed, even to a save that remembered it open, changing nothing', async () => {
    const { id, version } = await freshDraft();
    expect((await save(lead, id, version, [{ criterionKey: K1, selfLevel: 2 }])).body.errors).toBeUndefined();
    const [{ cycle_id: cycleId }] = await api.database.query(`SELECT cycle_id FROM assessment WHERE id = $1`, [id]);
    await api.database.query(`UPDATE assessment_cycle SET closed_on = '2026-11-30', closed_early = true WHERE id = $1`, [cycleId]);
    const before = await fingerprint(api.database);
    const late = await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 4 }]);
    expect(late.body.errors?.[0]).toMatchObject({
      message: 'This cycle closed on 30 November 2026: its answers can no longer change.',
      extensions: { code: 'BAD_USER_INPUT', field: 'assessmentId', reason: 'CYCLE_CLOSED' },
    });
    // A save from a page that has not heard of it yet, from another process (nothing remembered): refused alike.
    const other = await save(colleague, id, version + 1, [{ criterionKey: K1, selfLevel: 5 }]);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CYCLE_CLOSED' });
    expect(await fingerprint(api.database)).toEqual(before);
  });

  describe('the save sent as a page closes, behind a save of its own still under way', () => {
    // The page's save under way carries K1; the closing page sends everything it has (K1 and the newer K2).
    const underWay = [{ criterionKey: K1, selfLevel: 2, evidence: 'Typed first' }];
    const onExit = [...underWay, { criterionKey: K2, selfLevel: 3, evidence: 'Typed last' }];
    const expected = [
      { criterion_key: K1, self_level: 2, evidence: 'Typed first' },
      { criterion_key: K2, self_level: 3, evidence: 'Typed last' },
    ].sort((a, b) => a.criterion_key.localeCompare(b.criterion_key));

    it('lands after that save (both succeed)', async () => {
      const { id, version } = await freshDraft();
      expect((await save(lead, id, version, underWay)).body.errors).toBeUndefined();
      const exit = await saveOnExit(lead, id, version, onExit);
      expect(exit.body.errors).toBeUndefined();
      expect((exit.body.data?.saveAnswers as Saved).version).toBe(version + 2);
      expect(await stored(id)).toEqual(expected);
    });

    it('lands before that save (which then loses, having nothing the exit save lacks)', async () => {
      const { id, version } = await freshDraft();
      expect((await saveOnExit(lead, id, version, onExit)).body.errors).toBeUndefined();
      expect((await save(lead, id, version, underWay)).body.errors?.[0].extensions?.['code']).toBe('CONFLICT');
      expect(await stored(id)).toEqual(expected);
    });

    it('keeps everything when both reach the server at once, over many tries', async () => {
      for (let i = 0; i < 12; i++) {
        const { id, version } = await freshDraft();
        const [, exit] = await Promise.all([save(lead, id, version, underWay), saveOnExit(lead, id, version, onExit)]);
        expect(exit.body.errors).toBeUndefined();
        expect(await stored(id)).toEqual(expected);
      }
    });

    it("is never accepted on top of someone else's save: that is a conflict", async () => {
      const { id, version } = await freshDraft();
      expect((await save(colleague, id, version, [{ criterionKey: K1, selfLevel: 5, evidence: 'From a colleague' }])).body.errors).toBeUndefined();
      const before = await fingerprint(api.database);
      const exit = await saveOnExit(lead, id, version, onExit);
      expect(exit.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
      expect(await fingerprint(api.database)).toEqual(before);
    });

    it('is refused against a version two behind, like any stale save', async () => {
      const { id, version } = await freshDraft();
      expect((await save(lead, id, version, underWay)).body.errors).toBeUndefined();
      expect((await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 4 }])).body.errors).toBeUndefined();
      expect((await saveOnExit(lead, id, version, onExit)).body.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    });
  });

  it.each([
    ['an out-of-range score', { criterionKey: K1, selfLevel: 6 }, 'selfLevel'],
    ['a score and "not assessed" together', { criterionKey: K1, selfLevel: 2, notAssessed: true }, 'selfLevel'],
    ['an unknown criterion', { criterionKey: 'made-up.criterion', selfLevel: 2 }, 'criterionKey'],
    ['oversized evidence', { criterionKey: K1, evidence: 'e'.repeat(5001) }, 'evidence'],
    ['a link that is not a web address', { criterionKey: K1, links: ['javascript:alert(document.cookie)'] }, 'links'],
    ['an impossible target date', { criterionKey: K1, targetDate: '2027-02-31' }, 'targetDate'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_what, response, field) => {
    const { id, version } = await freshDraft();
    const before = await fingerprint(api.database);
    const { body } = await save(lead, id, version, [response]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(api.database)).toEqual(before);
  });

  it('refuses wrong types and unknown quick-check questions, changing nothing', async () => {
    const { id, version } = await freshDraft();
    const before = await fingerprint(api.database);
    const wrongType = await save(lead, id, version, [{ criterionKey: K1, selfLevel: 'three' }]);
    expect(wrongType.body.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknownQuestion = await save(lead, id, version, [], [{ questionKey: 'no.such-question', answer: 'AGREE' }]);
    expect(unknownQuestion.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionKey' });
    const malformedId = await save(lead, "x'; DROP TABLE assessment;--", version, [{ criterionKey: K1, selfLevel: 2 }]);
    expect(malformedId.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
    expect(await fingerprint(api.database)).toEqual(before);
  });

  it('stores script in evidence as plain text, exactly as typed', async () => {
    const { id, version } = await freshDraft();
    const evidence = '<script>alert("x")</script> & <b>bold</b>';
    const { body } = await save(lead, id, version, [{ criterionKey: K1, evidence }]);
    expect((body.data?.['saveAnswers'] as Saved).responses[0].evidence).toBe(evidence);
  });

  it('records quick-check answers, and clears one with null', async () => {
    const { id, version } = await freshDraft();
    const first = await save(lead, id, version, [], [{ questionKey: QUICK[0], answer: 'PARTIALLY_AGREE' }]);
    expect(first.body.data?.['saveAnswers']).toMatchObject({ quickCheckAnswers: [{ questionKey: QUICK[0], answer: 'PARTIALLY_AGREE' }] });
    const cleared = await save(lead, id, version + 1, [], [{ questionKey: QUICK[0], answer: null }]);
    expect(cleared.body.data?.['saveAnswers']).toMatchObject({ quickCheckAnswers: [] });
    expect(await audit(id, 'QUICK_CHECK_CHANGED')).toHaveLength(2);
  });

  describe('transitions', () => {
    const transition = (who: Person, assessmentId: string, expectedVersion: number, t: string, extra: object = {}) =>
      gql(api, who.token, TRANSITION, { input: { assessmentId, expectedVersion, transition: t, ...extra } });
    const versionOf = async (id: string) => (await api.database.query(`SELECT version FROM assessment WHERE id = $1`, [id]))[0].version as number;

    it('submits only with the declaration and every criterion answered', async () => {
      const { id, version } = await freshDraft();
      const noDeclaration = await transition(lead, id, version, 'SUBMIT');
      expect(noDeclaration.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'declarationConfirmed' });
      const incomplete = await transition(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
      expect(incomplete.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responses' });
      expect(incomplete.body.errors?.[0].extensions?.['incompleteDomains']).toHaveLength(11);

      await answerAll(api.database, id, KEYS);
      const submitted = await transition(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
      expect(submitted.body.data?.['transitionAssessment']).toMatchObject({
        status: 'SUBMITTED',
        version: version + 1,
        canEdit: false,
        availableTransitions: ['WITHDRAW'],
        history: [{ transition: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: null, actorName: 'Lead', occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }],
      });
      const responses = (submitted.body.data?.['transitionAssessment'] as { responses: { updatedAt: string }[] }).responses;
      expect(responses[0].updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('refuses edits to a submitted assessment until it is withdrawn or returned, changing nothing', async () => {
      const { id, version } = await freshDraft();
      await answerAll(api.database, id, KEYS);
      await transition(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
      const before = await fingerprint(api.database);
      const edit = await save(lead, id, version + 1, [{ criterionKey: K1, selfLevel: 5 }]);
      expect(edit.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/cannot be changed unless it is returned/),
        extensions: { code: 'BAD_USER_INPUT', field: 'assessmentId', status: 'SUBMITTED' },
      });
      expect(await fingerprint(api.database)).toEqual(before);

      const withdrawn = await transition(lead, id, version + 1, 'WITHDRAW');
      expect(withdrawn.body.data?.['transitionAssessment']).toMatchObject({ status: 'DRAFT', canEdit: true });
      expect((await save(lead, id, version + 2, [{ criterionKey: K1, selfLevel: 5 }])).body.errors).toBeUndefined();
    });

    it('goes submitted → in review → returned (with a reason) → submitted → in review → validated, all recorded', async () => {
      const { id, version } = await freshDraft();
      await answerAll(api.database, id, KEYS);
      await transition(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
      expect((await transition(coach, id, await versionOf(id), 'START_REVIEW')).body.data?.['transitionAssessment']).toMatchObject({
        status: 'IN_REVIEW',
      });
      const noReason = await transition(coach, id, await versionOf(id), 'RETURN', { reason: '   ' });
      expect(noReason.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      await transition(coach, id, await versionOf(id), 'RETURN', { reason: 'Add evidence for co-design.' });
      expect((await save(lead, id, await versionOf(id), [{ criterionKey: K1, selfLevel: 4 }])).body.errors).toBeUndefined();
      await transition(lead, id, await versionOf(id), 'SUBMIT', { declarationConfirmed: true });
      await transition(coach, id, await versionOf(id), 'START_REVIEW');
      const validated = await transition(coach, id, await versionOf(id), 'VALIDATE');
      expect(validated.body.data?.['transitionAssessment']).toMatchObject({
        status: 'VALIDATED',
        availableTransitions: [],
        history: [
          { transition: 'SUBMIT', toStatus: 'SUBMITTED', actorName: 'Lead' },
          { transition: 'START_REVIEW', toStatus: 'IN_REVIEW', actorName: 'Coach' },
          { transition: 'RETURN', toStatus: 'RETURNED', reason: 'Add evidence for co-design.', actorName: 'Coach' },
          { transition: 'SUBMIT', fromStatus: 'RETURNED', toStatus: 'SUBMITTED' },
          { transition: 'START_REVIEW', toStatus: 'IN_REVIEW' },
          { transition: 'VALIDATE', toStatus: 'VALIDATED' },
        ],
      });
      expect(await audit(id, 'ASSESSMENT_TRANSITIONED')).toHaveLength(6);
      // And nothing moves a validated assessment.
      const again = await transition(lead, id, await versionOf(id), 'SUBMIT', { declarationConfirmed: true });
      expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'transition' });
    });

    it('refuses a transition by the wrong role, and a stale one with CONFLICT', async () => {
      const { id, version } = await freshDraft();
      await answerAll(api.database, id, KEYS);
      await transition(lead, id, version, 'SUBMIT', { declarationConfirmed: true });
      expect((await transition(lead, id, version + 1, 'VALIDATE')).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect((await transition(coach, id, version, 'START_REVIEW')).body.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: version + 1,
      });
    });
  });

  describe('copying from a previous cycle', () => {
    it("starts a new cycle from the ICS's own last answers (never the coach's moderation), matched by criterion key", async () => {
      // The most recent earlier cycle with answers is the one copied from.
      const earlier = await freshDraft('2026-08-15');
      await answerAll(api.database, earlier.id, KEYS.slice(0, 3));
      await api.database.query(`UPDATE assessment_response SET moderated_level = 1, moderator_comment = 'x' WHERE assessment_id = $1`, [earlier.id]);
      const later = await freshDraft('2026-09-01');
      const view = await gql(api, lead.token, 'query ($id: ID!) { assessment(id: $id) { previousCycleToCopy } }', { id: later.id });
      expect(view.body.data?.['assessment']).toEqual({ previousCycleToCopy: expect.stringMatching(/^Cycle /) });

      const { body } = await gql(api, lead.token, 'mutation ($id: ID!, $v: Int!) { copyPreviousAnswers(assessmentId: $id, expectedVersion: $v) { responses { criterionKey selfLevel moderatedLevel moderatorComment } previousCycleToCopy } }', { id: later.id, v: later.version });
      const copied = body.data?.['copyPreviousAnswers'] as { responses: { selfLevel: number; moderatedLevel: number | null }[]; previousCycleToCopy: string | null };
      expect(copied.responses).toHaveLength(3);
      expect(copied.responses.every((r) => r.selfLevel === 3 && r.moderatedLevel === null)).toBe(true);
      expect(copied.previousCycleToCopy).toBeNull();

      // Never over answers already given.
      const again = await gql(api, lead.token, 'mutation ($id: ID!, $v: Int!) { copyPreviousAnswers(assessmentId: $id, expectedVersion: $v) { id } }', { id: later.id, v: later.version + 1 });
      expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
    });
  });

  describe('cycles', () => {
    // Dates from today: a new cycle cannot open in the past (ADR 0023).
    const day = (n: number) => addDaysToIsoDate(todayInEngland(new Date()), n);
    const OPEN = 'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id name opensOn closesOn cohort { name } } }';
    let admin: Person;
    let frameworkId: string;
    beforeAll(async () => {
      admin = await createPerson(api.database, 'Admin', [{ role: 'ADMIN' }]);
      [{ id: frameworkId }] = await api.database.query(`SELECT id FROM canvas_framework WHERE version = 1`);
    });

    it('opens a cycle for a cohort with a draft assessment for each of its ICSs', async () => {
      const [{ id: cohortId }] = await api.database.query(`SELECT id FROM cohort LIMIT 1`);
      const { body } = await gql(api, admin.token, OPEN, {
        input: { name: 'Pilot cycle', frameworkId, opensOn: day(1), closesOn: day(60), cohortId },
      });
      const cycle = body.data?.['openAssessmentCycle'] as { id: string };
      expect(body.data?.['openAssessmentCycle']).toMatchObject({ name: 'Pilot cycle', opensOn: day(1), closesOn: day(60), cohort: { name: 'South West pilots' } });
      const rows = await api.database.query(`SELECT system_id, status FROM assessment WHERE cycle_id = $1`, [cycle.id]);
      expect(rows).toEqual([{ system_id: devon, status: 'DRAFT' }]);
    });

    it('opens a cycle for all 42 ICSs when no cohort is given', async () => {
      const { body } = await gql(api, admin.token, OPEN, { input: { name: 'National cycle', frameworkId, opensOn: day(100), closesOn: day(160) } });
      const cycle = body.data?.['openAssessmentCycle'] as { id: string };
      expect((await api.database.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1`, [cycle.id]))[0].n).toBe(42);
    });

    it.each([
      ['an empty name', { name: ' ' }, 'name'],
      ['a name in use', { name: 'National cycle' }, 'name'],
      ['an impossible opening date', { opensOn: '2026-02-30' }, 'opensOn'],
      ['a close before the opening', { opensOn: day(230), closesOn: day(220) }, 'closesOn'],
      ['an unknown canvas', { frameworkId: '00000000-0000-4000-8000-000000000009' }, 'frameworkId'],
      ['an unknown cohort', { cohortId: '00000000-0000-4000-8000-000000000009' }, 'cohortId'],
    ])('refuses %s, changing nothing', async (_what, override, field) => {
      const before = await fingerprint(api.database);
      const { body } = await gql(api, admin.token, OPEN, {
        input: { name: 'Fine name', frameworkId, opensOn: day(200), closesOn: day(260), ...override },
      });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await fingerprint(api.database)).toEqual(before);
    });
  });

  it('keeps a published canvas immutable, and publishes v1 exactly as the domain package defines it', async () => {
    const [row] = await api.database.query(`SELECT id, status, definition FROM canvas_framework WHERE version = 1`);
    expect(row.status).toBe('PUBLISHED');
    expect(row.definition).toEqual(JSON.parse(JSON.stringify(CANVAS_V1)));
    await expect(api.database.query(`UPDATE canvas_framework SET title = 'x' WHERE id = $1`, [row.id])).rejects.toThrow(/published and cannot change/);
    await expect(api.database.query(`DELETE FROM canvas_framework WHERE id = $1`, [row.id])).rejects.toThrow(/published and cannot change/);
  });
});

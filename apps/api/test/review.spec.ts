import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createCohort, createPerson, fingerprint, gql, openCycle, Person, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const [K1, K2] = KEYS;

const STATE = `id status version recordedOnBehalfBy canModerate canComment canEdit availableTransitions submittedAt
  responses { criterionKey selfLevel moderatedLevel moderatorComment }
  reviewComments { criterionKey authorName authorSide body createdAt }`;
const TRANSITION = `mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { ${STATE} } }`;
const MODERATE = `mutation ($input: ModerateResponseInput!) { moderateResponse(input: $input) { ${STATE} } }`;
const COMMENT = `mutation ($input: AddReviewCommentInput!) { addReviewComment(input: $input) { ${STATE} } }`;
const ON_BEHALF = `mutation ($input: RecordOnBehalfInput!) { recordAssessmentOnBehalf(input: $input) { ${STATE} } }`;
const QUEUE = `{ reviewQueue { assessmentId systemName status daysWaiting submittedAt recordedOnBehalfByName } }`;
const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { ${STATE} } }`;

interface State {
  id: string;
  status: string;
  version: number;
  recordedOnBehalfBy: string | null;
  canModerate: boolean;
  canComment: boolean;
  canEdit: boolean;
  availableTransitions: string[];
  responses: { criterionKey: string; selfLevel: number | null; moderatedLevel: number | null; moderatorComment: string | null }[];
  reviewComments: { criterionKey: string; authorName: string; authorSide: string; body: string }[];
}

describe('coach review: the queue, moderation, comment threads, the assisted route', () => {
  let api: TestApp;
  let devon: string;
  let surrey: string;
  let kent: string;
  let lead: Person;
  let coach: Person;
  let otherCoach: Person;
  let national: Person;
  let admin: Person;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    [devon, surrey, kent] = await Promise.all(['Devon', 'Surrey Heartlands', 'Kent and Medway'].map((n) => systemId(db, n)));
    const pioneers = await createCohort(db, 'Pioneers', [devon, surrey]);
    const others = await createCohort(db, 'Others', [kent]);
    lead = await createPerson(db, 'Lead of Devon', [{ role: 'ICS_LEAD', systemId: devon }]);
    coach = await createPerson(db, 'Coach Carter', [{ role: 'COACH', cohortId: pioneers }]);
    otherCoach = await createPerson(db, 'Other Coach', [{ role: 'COACH', cohortId: others }]);
    national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    admin = await createPerson(db, 'Admin', [{ role: 'ADMIN' }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const call = async <T>(who: Person, document: string, input: object) => {
    const { body } = await gql(api, who.token, document, { input });
    return body as { data?: Record<string, T> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.['code'] ?? 'OK';
  const state = (body: { data?: Record<string, State> | null }) => Object.values(body.data ?? {})[0] as State;

  /** Devon's answered assessment in a new cycle, submitted by its lead over the API. */
  async function submittedByLead(systemIdOf = devon, who = lead): Promise<State> {
    const cycle = await openCycle(api.database, `Cycle ${Math.random()}`);
    const { id, version } = await assessmentOf(api.database, cycle, systemIdOf);
    await answerAll(api.database, id, KEYS);
    const body = await call<State>(who, TRANSITION, { assessmentId: id, expectedVersion: version, transition: 'SUBMIT', declarationConfirmed: true });
    expect(code(body)).toBe('OK');
    return state(body);
  }
  async function inReview(): Promise<State> {
    const submitted = await submittedByLead();
    return state(await call<State>(coach, TRANSITION, { assessmentId: submitted.id, expectedVersion: submitted.version, transition: 'START_REVIEW' }));
  }

  describe('the review queue', () => {
    it("lists submitted and in-review assessments of the coach's cohorts only, the longest waiting first, with days waiting", async () => {
      const older = await submittedByLead();
      await api.database.query(`UPDATE assessment_transition SET occurred_at = now() - interval '10 days' WHERE assessment_id = $1`, [older.id]);
      const newer = await submittedByLead();
      const kentLead = await createPerson(api.database, 'Lead of Kent', [{ role: 'ICS_LEAD', systemId: kent }]);
      const kents = await submittedByLead(kent, kentLead);

      const coachQueue = (await call<{ assessmentId: string; daysWaiting: number; systemName: string }[]>(coach, QUEUE, {})).data?.['reviewQueue'] ?? [];
      const ids = coachQueue.map((i) => i.assessmentId);
      expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
      expect(ids).not.toContain(kents.id);
      expect(coachQueue.find((i) => i.assessmentId === older.id)).toMatchObject({ daysWaiting: 10, systemName: 'Devon' });
      expect(coachQueue.find((i) => i.assessmentId === newer.id)).toMatchObject({ daysWaiting: 0 });

      const adminQueue = (await call<{ assessmentId: string }[]>(admin, QUEUE, {})).data?.['reviewQueue'] ?? [];
      expect(adminQueue.map((i) => i.assessmentId)).toEqual(expect.arrayContaining([older.id, newer.id, kents.id]));
      expect(code(await call(lead, QUEUE, {}))).toBe('FORBIDDEN');
      expect(code(await call(national, QUEUE, {}))).toBe('FORBIDDEN');
    });
  });

  describe('moderation', () => {
    it('puts the moderated level beside the self-assessed level, which never changes, adds the comment to the thread, and audits it', async () => {
      const review = await inReview();
      expect(review).toMatchObject({ status: 'IN_REVIEW', canModerate: true, canComment: true });
      const body = await call<State>(coach, MODERATE, {
        assessmentId: review.id,
        expectedVersion: review.version,
        criterionKey: K1,
        moderatedLevel: 2,
        comment: 'We saw less co-design than described.',
      });
      expect(code(body)).toBe('OK');
      const after = state(body);
      expect(after.responses.find((r) => r.criterionKey === K1)).toEqual({
        criterionKey: K1,
        selfLevel: 3,
        moderatedLevel: 2,
        moderatorComment: 'We saw less co-design than described.',
      });
      expect(after.reviewComments).toEqual([
        expect.objectContaining({ criterionKey: K1, authorName: 'Coach Carter', authorSide: 'REVIEWER', body: 'We saw less co-design than described.' }),
      ]);
      const [stored] = await api.database.query(`SELECT self_level, moderated_level FROM assessment_response WHERE assessment_id = $1 AND criterion_key = $2`, [review.id, K1]);
      expect(stored).toEqual({ self_level: 3, moderated_level: 2 });
      const [audit] = await api.database.query(`SELECT actor_user_id, before, after FROM audit_event WHERE subject_id = $1 AND action = 'RESPONSE_MODERATED'`, [review.id]);
      expect(audit).toEqual({
        actor_user_id: coach.id,
        before: { criterionKey: K1, moderatedLevel: null, moderatorComment: null },
        after: { criterionKey: K1, moderatedLevel: 2, moderatorComment: 'We saw less co-design than described.' },
      });

      // Clearing the score keeps the comment; a second moderation without a comment adds nothing to the thread.
      const cleared = state(await call<State>(coach, MODERATE, { assessmentId: review.id, expectedVersion: after.version, criterionKey: K1, moderatedLevel: null }));
      expect(cleared.responses.find((r) => r.criterionKey === K1)).toMatchObject({ selfLevel: 3, moderatedLevel: null, moderatorComment: 'We saw less co-design than described.' });
      expect(cleared.reviewComments).toHaveLength(1);
    });

    it('validating makes the moderated levels count, and the ICS lead then sees them', async () => {
      const review = await inReview();
      const moderated = state(await call<State>(coach, MODERATE, { assessmentId: review.id, expectedVersion: review.version, criterionKey: K2, moderatedLevel: 1 }));
      const validated = state(await call<State>(coach, TRANSITION, { assessmentId: review.id, expectedVersion: moderated.version, transition: 'VALIDATE' }));
      expect(validated.status).toBe('VALIDATED');
      const { body } = await gql(api, lead.token, `query ($id: ID!) { assessment(id: $id) { ${STATE} } }`, { id: review.id });
      expect((body.data?.['assessment'] as State).responses.find((r) => r.criterionKey === K2)).toMatchObject({ selfLevel: 3, moderatedLevel: 1 });
    });

    it.each([
      ['a level out of range', { moderatedLevel: 6 }, 'BAD_USER_INPUT', 'moderatedLevel'],
      ['a level that is not whole', { moderatedLevel: 2.5 }, 'BAD_USER_INPUT', undefined],
      ['an unknown criterion', { criterionKey: 'made-up.criterion' }, 'BAD_USER_INPUT', 'criterionKey'],
      ['an oversized comment', { comment: 'c'.repeat(2001) }, 'BAD_USER_INPUT', 'comment'],
      ['a stale version', { expectedVersion: 1 }, 'CONFLICT', undefined],
    ])('refuses %s, changing nothing', async (_what, change, expectedCode, field) => {
      const review = await inReview();
      const before = await fingerprint(api.database);
      const body = await call(coach, MODERATE, { assessmentId: review.id, expectedVersion: review.version, criterionKey: K1, moderatedLevel: 2, ...change });
      expect(code(body)).toBe(expectedCode);
      if (field) expect(body.errors?.[0].extensions?.['field']).toBe(field);
      expect(await fingerprint(api.database)).toEqual(before);
    });

    it('refuses a criterion the ICS did not answer, changing nothing', async () => {
      const review = await inReview();
      await api.database.query(`DELETE FROM assessment_response WHERE assessment_id = $1 AND criterion_key = $2`, [review.id, K2]);
      const before = await fingerprint(api.database);
      const body = await call(coach, MODERATE, { assessmentId: review.id, expectedVersion: review.version, criterionKey: K2, moderatedLevel: 2 });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criterionKey' });
      expect(await fingerprint(api.database)).toEqual(before);
    });

    it('is only for reviewers, only once the review has started', async () => {
      const submitted = await submittedByLead();
      const input = { assessmentId: submitted.id, expectedVersion: submitted.version, criterionKey: K1, moderatedLevel: 2 };
      expect((await call(coach, MODERATE, input)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
      const review = await inReview();
      const inReviewInput = { ...input, assessmentId: review.id, expectedVersion: review.version };
      expect(code(await call(lead, MODERATE, inReviewInput))).toBe('FORBIDDEN');
      expect(code(await call(national, MODERATE, inReviewInput))).toBe('FORBIDDEN');
      expect(code(await call(otherCoach, MODERATE, inReviewInput))).toBe('NOT_FOUND');
      // A coach outside the cohort cannot move it on either.
      for (const transition of ['RETURN', 'VALIDATE']) {
        expect(code(await call(otherCoach, TRANSITION, { assessmentId: review.id, expectedVersion: review.version, transition, reason: 'x' }))).toBe('NOT_FOUND');
      }
    });
  });

  describe('comment threads', () => {
    it('are read and answered by both sides, oldest first; national viewers only read them', async () => {
      const review = await inReview();
      await call(coach, COMMENT, { assessmentId: review.id, criterionKey: K1, body: 'Which communities were involved?' });
      const answered = state(await call<State>(lead, COMMENT, { assessmentId: review.id, criterionKey: K1, body: 'Two Gypsy and Traveller groups <b>and</b> a carers forum.' }));
      expect(answered.reviewComments.map((c) => [c.authorSide, c.authorName, c.body])).toEqual([
        ['REVIEWER', 'Coach Carter', 'Which communities were involved?'],
        ['ICS', 'Lead of Devon', 'Two Gypsy and Traveller groups <b>and</b> a carers forum.'],
      ]);
      expect(code(await call(national, COMMENT, { assessmentId: review.id, criterionKey: K1, body: 'Hello' }))).toBe('FORBIDDEN');
      const { body } = await gql(api, national.token, `query ($id: ID!) { assessment(id: $id) { reviewComments { body } canComment } }`, { id: review.id });
      expect(body.data?.['assessment']).toEqual({ reviewComments: [{ body: 'Which communities were involved?' }, { body: 'Two Gypsy and Traveller groups <b>and</b> a carers forum.' }], canComment: false });
    });

    it('refuses an empty or oversized comment, an unknown criterion, and comments on a draft, changing nothing', async () => {
      const review = await inReview();
      const draft = await assessmentOf(api.database, await openCycle(api.database, `Draft ${Math.random()}`), devon);
      const before = await fingerprint(api.database);
      for (const [input, field] of [
        [{ criterionKey: K1, body: '   ' }, 'body'],
        [{ criterionKey: K1, body: 'x'.repeat(2001) }, 'body'],
        [{ criterionKey: 'nope.nope', body: 'Hello' }, 'criterionKey'],
      ] as const) {
        expect((await call(coach, COMMENT, { assessmentId: review.id, ...input })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(code(await call(lead, COMMENT, { assessmentId: draft.id, criterionKey: K1, body: 'Note to self' }))).toBe('FORBIDDEN');
      expect(await fingerprint(api.database)).toEqual(before);
      // Comments are a record: the table refuses changes.
      await expect(api.database.query(`UPDATE review_comment SET body = 'changed'`)).rejects.toThrow(/append-only/);
    });
  });

  describe('the assisted route', () => {
    it("lets the ICS's coach record a draft on its behalf, marked as such, then answer and submit it; the lead still can too", async () => {
      const draft = await assessmentOf(api.database, await openCycle(api.database, `Assisted ${Math.random()}`), surrey);
      const started = state(await call<State>(coach, ON_BEHALF, { assessmentId: draft.id, expectedVersion: draft.version }));
      expect(started).toMatchObject({ recordedOnBehalfBy: 'Coach Carter', status: 'DRAFT', canEdit: true, availableTransitions: ['SUBMIT'] });
      const saved = state(
        await call<State>(coach, SAVE, { assessmentId: draft.id, expectedVersion: started.version, responses: [{ criterionKey: K1, selfLevel: 2, evidence: 'From a phone call' }] }),
      );
      expect(saved.responses.find((r) => r.criterionKey === K1)?.selfLevel).toBe(2);
      await answerAll(api.database, draft.id, KEYS.slice(1));
      const submitted = state(await call<State>(coach, TRANSITION, { assessmentId: draft.id, expectedVersion: saved.version, transition: 'SUBMIT', declarationConfirmed: true }));
      expect(submitted).toMatchObject({ status: 'SUBMITTED', recordedOnBehalfBy: 'Coach Carter' });
      const queue = (await call<{ assessmentId: string; recordedOnBehalfByName: string }[]>(coach, QUEUE, {})).data?.['reviewQueue'] ?? [];
      expect(queue.find((i) => i.assessmentId === draft.id)?.recordedOnBehalfByName).toBe('Coach Carter');
      const [audit] = await api.database.query(`SELECT actor_user_id FROM audit_event WHERE subject_id = $1 AND action = 'RECORDING_ON_BEHALF_STARTED'`, [draft.id]);
      expect(audit.actor_user_id).toBe(coach.id);
    });

    it('is refused to anyone but a coach of the ICS, and for a draft already being recorded or already submitted', async () => {
      const draft = await assessmentOf(api.database, await openCycle(api.database, `Assisted ${Math.random()}`), devon);
      const input = { assessmentId: draft.id, expectedVersion: draft.version };
      const before = await fingerprint(api.database);
      for (const who of [otherCoach, lead, national, admin]) expect(code(await call(who, ON_BEHALF, input))).toBe('NOT_FOUND');
      expect(await fingerprint(api.database)).toEqual(before);
      // The other coach cannot edit the draft either, even once it is being recorded.
      const started = state(await call<State>(coach, ON_BEHALF, input));
      expect((await call(coach, ON_BEHALF, { ...input, expectedVersion: started.version })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
      expect(code(await call(otherCoach, SAVE, { assessmentId: draft.id, expectedVersion: started.version, responses: [{ criterionKey: K1, selfLevel: 1 }] }))).toBe('NOT_FOUND');
      const submitted = await submittedByLead();
      expect((await call(coach, ON_BEHALF, { assessmentId: submitted.id, expectedVersion: submitted.version })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });
});

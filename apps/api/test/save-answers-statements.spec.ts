import { CANVAS_V1 } from '@idt/domain';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, createPerson, gql, openCycle, Person, systemId } from './support/world';

const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const [K1] = KEYS;

/** Everything the save answers with, so that nothing it could read lazily is left out of the count. */
const SAVE = `mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) {
  assessmentId status version updatedAt
  responses { criterionKey selfLevel notAssessed targetLevel targetDate evidence links confidence moderatedLevel moderatorComment updatedAt }
  quickCheckAnswers { questionKey answer }
  progress { domainKey answered total status } } }`;

/**
 * Autosave reads back only what the save changed: a save of one criterion issues the same small, fixed number of
 * statements whether the assessment has one answer or every criterion answered, with review comments and history.
 */
describe('saveAnswers: statements issued', () => {
  let api: TestApp;
  let lead: Person;
  let devon: string;

  beforeAll(async () => {
    api = await startTestApp();
    devon = await systemId(api.database, 'Devon');
    lead = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
  });
  afterAll(async () => {
    await api.close();
  });

  async function draftWith(answers: readonly string[], extras: boolean): Promise<{ id: string; version: number }> {
    const { id } = await assessmentOf(api.database, await openCycle(api.database, `Cycle ${Math.random()}`), devon);
    await answerAll(api.database, id, answers);
    if (extras) {
      for (const [transition, from, to] of [
        ['SUBMIT', 'DRAFT', 'SUBMITTED'],
        ['START_REVIEW', 'SUBMITTED', 'IN_REVIEW'],
        ['RETURN', 'IN_REVIEW', 'RETURNED'],
      ]) {
        await api.database.query(
          `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status, reason, actor_user_id) VALUES ($1, $2, $3, $4, 'A reason', $5)`,
          [id, transition, from, to, lead.id],
        );
      }
      await api.database.query(
        `INSERT INTO review_comment (assessment_id, criterion_key, author_user_id, author_side, body)
         SELECT $1, key, $2, 'ICS', 'A comment on ' || key FROM unnest($3::text[]) AS key`,
        [id, lead.id, KEYS],
      );
      await api.database.query(`UPDATE assessment SET status = 'RETURNED' WHERE id = $1`, [id]);
    }
    const [{ version }] = await api.database.query(`SELECT version FROM assessment WHERE id = $1`, [id]);
    return { id, version };
  }

  /** The statements of a save of one criterion (checked to have worked), but for the session's. */
  async function statementsOfSave(assessment: { id: string; version: number }, level: number): Promise<string[]> {
    let answer: Awaited<ReturnType<typeof gql>> | undefined;
    const statements = await statementsDuring(api.database, async () => {
      answer = await gql(api, lead.token, SAVE, {
        input: { assessmentId: assessment.id, expectedVersion: assessment.version, responses: [{ criterionKey: K1, selfLevel: level }] },
      });
    });
    expect(answer?.body.errors).toBeUndefined();
    expect(answer?.body.data?.['saveAnswers']).toMatchObject({
      assessmentId: assessment.id,
      version: assessment.version + 1,
      responses: [expect.objectContaining({ criterionKey: K1, selfLevel: level })],
    });
    // Not the session's read, which every signed-in request makes (and which may be served from memory).
    return statements.filter((statement) => !/\buser_session\b/.test(statement));
  }

  it('is the same fixed number with one answer and with every criterion answered, commented on and returned', async () => {
    // The first save reads the (published, unchanging) canvas once; the API keeps it from then on.
    await statementsOfSave(await draftWith([], false), 1);

    const small = await statementsOfSave(await draftWith([K1], false), 4);
    const large = await statementsOfSave(await draftWith(KEYS, true), 4);
    expect(large.length).toBe(small.length);
    // Who may save (the assessment's facts, 1); then the save itself, one statement with no transaction (1).
    expect(small).toHaveLength(2);
    expect(small.join('\n')).not.toMatch(/^(BEGIN|START TRANSACTION|COMMIT)/im);
  });

  it('is one statement for the next save of the same assessment (autosave), and the facts it relied on are checked', async () => {
    const draft = await draftWith(KEYS, true);
    await statementsOfSave(draft, 2);
    const next = await statementsOfSave({ id: draft.id, version: draft.version + 1 }, 3);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatch(/UPDATE assessment SET version/);
  });

  it('reads no answer, comment or history row beyond the saved criterion’s domain', async () => {
    const statements = await statementsOfSave(await draftWith(KEYS, true), 2);
    const text = statements.join('\n');
    expect(text).not.toMatch(/review_comment/);
    expect(text).not.toMatch(/assessment_transition/);
    expect(text).not.toMatch(/quick_check_answer/);
    // Answers are read only for the criteria asked (the saved one's domain), never the whole assessment's.
    const readsAnswers = statements.filter((statement) => /FROM assessment_response/.test(statement));
    expect(readsAnswers.length).toBeGreaterThan(0);
    for (const statement of readsAnswers) expect(statement).toMatch(/criterion_key = ANY/);
  });
});

import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql, openCycle, Person, systemId } from './support/world';

const ADD = `mutation ($s: ID!, $a: String!, $due: String, $status: ActionStatus) {
  addAction(systemId: $s, input: { domainKey: "leadership", action: $a, dueOn: $due, status: $status }) { id dueOn status } }`;
const UPDATE = `mutation ($id: ID!) { updateAction(id: $id, input: { domainKey: "leadership", action: "Renamed", dueOn: "2026-05-01", status: DONE }) {
  id action dueOn status createdAt } }`;
const LIST = `query ($s: ID!) { actionPlan(systemId: $s) { action dueOn status } }`;

/** The action plan's items as the entity repository stores, orders and audits them. */
describe('action plan items', () => {
  let api: TestApp;
  let devon: string;
  let lead: Person;

  beforeAll(async () => {
    api = await startTestApp();
    devon = await systemId(api.database, 'Devon');
    await openCycle(api.database, 'Spring 2026', '2026-03-01');
    lead = await createPerson(api.database, 'Plan lead', [{ role: 'ICS_LEAD', systemId: devon }]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists open actions first, then by due date (undated last), and audits each change with the item before and after', async () => {
    const add = async (a: string, due: string | null, status = 'NOT_STARTED') => {
      const { body } = await gql(api, lead.token, ADD, { s: devon, a, due, status });
      expect(body.errors).toBeUndefined();
      return body.data?.['addAction'] as { id: string; dueOn: string | null };
    };
    await add('Undated', null);
    await add('Done early', '2026-01-01', 'DONE');
    const late = await add('Late', '2026-09-30');
    expect(late.dueOn).toBe('2026-09-30');
    await add('Soon', '2026-04-01');
    const list = await gql(api, lead.token, LIST, { s: devon });
    expect((list.body.data?.['actionPlan'] as { action: string }[]).map((i) => i.action)).toEqual(['Soon', 'Late', 'Undated', 'Done early']);

    const updated = await gql(api, lead.token, UPDATE, { id: late.id });
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data?.['updateAction']).toMatchObject({ id: late.id, action: 'Renamed', dueOn: '2026-05-01', status: 'DONE' });
    const [audit] = await api.database.query(
      `SELECT before, after FROM audit_event WHERE action = 'ACTION_PLAN_CHANGED' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [late.id],
    );
    expect(audit.before).toMatchObject({ id: late.id, action: 'Late', dueOn: '2026-09-30', status: 'NOT_STARTED' });
    expect(audit.after).toMatchObject({ id: late.id, action: 'Renamed', dueOn: '2026-05-01', status: 'DONE' });

    const removed = await gql(api, lead.token, 'mutation ($id: ID!) { removeAction(id: $id) }', { id: late.id });
    expect(removed.body.errors).toBeUndefined();
    const [gone] = await api.database.query(
      `SELECT before, after FROM audit_event WHERE action = 'ACTION_PLAN_CHANGED' AND subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [late.id],
    );
    expect(gone).toMatchObject({ before: { action: 'Renamed' }, after: null });
  });
});

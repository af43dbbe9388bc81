import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, openCycle, Person, systemId } from './support/world';

const NEW_DOMAIN = 'community-assets';
const ADD = `mutation ($s: ID!, $d: String!) { addAction(systemId: $s, input: { domainKey: $d, action: "Map what the community already has" }) {
  id domainKey } }`;
const UPDATE = `mutation ($id: ID!, $d: String!) { updateAction(id: $id, input: { domainKey: $d, action: "Map it again" }) { id domainKey } }`;
const FRAMEWORK = `query ($s: ID!) { actionPlanFramework(systemId: $s) { version domains { key } } }`;

/**
 * An action plan follows the canvas of its ICS's newest cycle: once a second canvas version is published with a
 * domain the first does not have, an action on that domain is accepted for an ICS assessed against the new version,
 * and refused for one whose newest assessment is still against the first. The form offers the same domains.
 */
describe('the action plan follows the assessment’s canvas', () => {
  let api: TestApp;
  let onV2: { systemId: string; lead: Person };
  let onV1: { systemId: string; lead: Person };

  beforeAll(async () => {
    api = await startTestApp();
    const v2 = {
      ...CANVAS_V1,
      version: 2,
      domains: [
        ...CANVAS_V1.domains,
        {
          ...CANVAS_V1.domains[0],
          key: NEW_DOMAIN,
          number: CANVAS_V1.domains.length + 1,
          title: 'Community assets',
          criteria: CANVAS_V1.domains[0].criteria.map((c) => ({ ...c, key: `${NEW_DOMAIN}.${c.key.split('.')[1]}` })),
          quickCheck: CANVAS_V1.domains[0].quickCheck.map((q) => ({ ...q, key: `${NEW_DOMAIN}.${q.key.split('.')[1]}` })),
        },
      ],
    };
    const [framework] = await api.database.query(
      `INSERT INTO canvas_framework (key, version, title, status, definition, published_at)
       SELECT key, 2, title || ' (version 2)', 'PUBLISHED', $1::jsonb, now() FROM canvas_framework WHERE version = 1 RETURNING id`,
      [JSON.stringify(v2)],
    );
    const devon = await systemId(api.database, 'Devon');
    const [other] = await api.database.query(`SELECT id FROM system WHERE id <> $1 ORDER BY name LIMIT 1`, [devon]);
    // Every ICS has an assessment against version 1; Devon then has a newer one against version 2.
    await openCycle(api.database, 'Spring 2026', '2026-03-01');
    const [cycle] = await api.database.query(
      `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on) VALUES ('Autumn 2026', $1, '2026-09-01', '2026-11-30') RETURNING id`,
      [framework.id],
    );
    await api.database.query(`INSERT INTO assessment (cycle_id, system_id) VALUES ($1, $2)`, [cycle.id, devon]);
    onV2 = { systemId: devon, lead: await createPerson(api.database, 'Devon lead', [{ role: 'ICS_LEAD', systemId: devon }]) };
    onV1 = { systemId: other.id, lead: await createPerson(api.database, 'Other lead', [{ role: 'ICS_LEAD', systemId: other.id }]) };
  });
  afterAll(async () => {
    await api.close();
  });

  it('offers the form the domains of the canvas of the ICS’s newest cycle', async () => {
    const forV2 = await gql(api, onV2.lead.token, FRAMEWORK, { s: onV2.systemId });
    expect(forV2.body.errors).toBeUndefined();
    const v2 = forV2.body.data?.['actionPlanFramework'] as { version: number; domains: { key: string }[] };
    expect(v2.version).toBe(2);
    expect(v2.domains.map((d) => d.key)).toContain(NEW_DOMAIN);

    const forV1 = await gql(api, onV1.lead.token, FRAMEWORK, { s: onV1.systemId });
    const v1 = forV1.body.data?.['actionPlanFramework'] as { version: number; domains: { key: string }[] };
    expect(v1.version).toBe(1);
    expect(v1.domains.map((d) => d.key)).toEqual(CANVAS_V1.domains.map((d) => d.key));
  });

  it('accepts an action on the new domain for an ICS assessed against the version that has it', async () => {
    const { body } = await gql(api, onV2.lead.token, ADD, { s: onV2.systemId, d: NEW_DOMAIN });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['addAction']).toMatchObject({ domainKey: NEW_DOMAIN });
  });

  it('refuses it with BAD_USER_INPUT (domainKey) for an ICS whose canvas does not have it, changing nothing', async () => {
    const before = await fingerprint(api.database);
    const added = await gql(api, onV1.lead.token, ADD, { s: onV1.systemId, d: NEW_DOMAIN });
    expect(added.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domainKey' });
    expect(await fingerprint(api.database)).toEqual(before);

    // Nor can an action it has be moved onto that domain.
    const kept = await gql(api, onV1.lead.token, ADD, { s: onV1.systemId, d: CANVAS_V1.domains[0].key });
    const id = (kept.body.data?.['addAction'] as { id: string }).id;
    const unchanged = await fingerprint(api.database);
    const moved = await gql(api, onV1.lead.token, UPDATE, { id, d: NEW_DOMAIN });
    expect(moved.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domainKey' });
    expect(await fingerprint(api.database)).toEqual(unchanged);
  });
});

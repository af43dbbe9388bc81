import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';

interface SystemRow {
  onsCode: string;
  odsCode: string;
  name: string;
  region: { name: string; odsCode: string };
}

describe('systems (GraphQL over HTTP, real PostgreSQL)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('returns all 42 ICSs, each with its region, ordered by region then name', async () => {
    const { status, body } = await api.graphql<{ systems: SystemRow[] }>(
      '{ systems { onsCode odsCode name region { name odsCode } } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const systems = body.data!.systems;
    expect(systems).toHaveLength(42);
    expect(new Set(systems.map((s) => s.onsCode)).size).toBe(42);
    expect(systems[0]).toEqual({
      onsCode: 'E54000024',
      odsCode: 'QHG',
      name: 'Bedfordshire, Luton and Milton Keynes',
      region: { name: 'East of England', odsCode: 'Y61' },
    });
    const keys = systems.map((s) => `${s.region.name}|${s.name}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en-GB')));
  });

  it('filters by region', async () => {
    const { body } = await api.graphql<{ systems: SystemRow[] }>(
      'query ($region: String) { systems(regionOdsCode: $region) { name region { name } } }',
      { region: 'Y60' },
    );
    expect(body.data!.systems).toHaveLength(11);
    expect(new Set(body.data!.systems.map((s) => s.region.name))).toEqual(new Set(['Midlands']));
  });

  it('lists the seven regions', async () => {
    const { body } = await api.graphql<{ regions: { name: string }[] }>('{ regions { name } }');
    expect(body.data!.regions.map((r) => r.name)).toEqual([
      'East of England',
      'London',
      'Midlands',
      'North East and Yorkshire',
      'North West',
      'South East',
      'South West',
    ]);
  });

  it.each([
    ['a malformed region code', 'Midlands', /is "Y" and two digits/],
    ['an unknown region code', 'Y99', /no NHS England region with the code "Y99"/],
    ['script in the region code', '<script>alert(1)</script>', /is "Y" and two digits/],
    ['SQL in the region code', "Y60' OR '1'='1", /is "Y" and two digits/],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_what, region, message) => {
    const { body } = await api.graphql('query ($region: String) { systems(regionOdsCode: $region) { name } }', {
      region,
    });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].message).toMatch(message);
    expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'regionOdsCode' });
  });

  it('refuses an argument of the wrong type before running anything', async () => {
    const { status, body } = await api.graphql('{ systems(regionOdsCode: 60) { name } }');
    expect(status).toBe(400);
    expect(body.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('reads ICSs with their regions in one SQL statement, not one per ICS', async () => {
    let body: { data?: { systems: SystemRow[] } | null } = {};
    const statements = await statementsDuring(api.database, async () => {
      ({ body } = await api.graphql<{ systems: SystemRow[] }>('{ systems { name region { name } } }'));
    });
    expect(body.data!.systems).toHaveLength(42);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/JOIN "region"/);
  });
});

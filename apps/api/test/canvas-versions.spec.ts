import { addDaysToIsoDate, CANVAS_V2, parseFrameworkDocument, todayInEngland } from '@idt/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, Person } from './support/world';

const V2_YAML = readFileSync(join(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
/** canvas v2 with one mapping taken out: nothing says what takes over investment.pilots-to-mainstream. */
const V2_WITHOUT_A_MAPPING = V2_YAML.replace(
  /\n {10}- key: investment\.pilots-to-mainstream\n {12}note: [^\n]*/,
  '',
);
const lineOf = (text: string, startsWith: string) => text.split('\n').findIndex((l) => l.startsWith(startsWith)) + 1;

const IMPORT = `mutation ($d: String!, $f: FrameworkDocumentFormat!) { importFrameworkDraft(document: $d, format: $f) { id version status lifecycle } }`;
const PUBLISH = `mutation ($id: ID!, $c: Boolean!) { publishFramework(id: $id, confirm: $c) { id status lifecycle publishedAt } }`;
const VERSIONS = `{ canvasFrameworks { id version status lifecycle publishedAt } }`;

describe('canvas versions (admin)', () => {
  let api: TestApp;
  let admin: Person;
  let lead: Person;
  beforeAll(async () => {
    api = await startTestApp();
    admin = await createPerson(api.database, 'Canvas Admin', [{ role: 'ADMIN' }]);
    const [system] = await api.database.query(`SELECT id FROM system LIMIT 1`);
    lead = await createPerson(api.database, 'Canvas Lead', [{ role: 'ICS_LEAD', systemId: system.id }]);
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Runs a call that must be refused with this code (and reason), and checks that it changed nothing. */
  const refused = async (token: string, query: string, variables: Record<string, unknown>, code: string, reason?: string) => {
    const before = await fingerprint(api.database);
    const { body } = await gql(api, token, query, variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, ...(reason ? { reason } : {}) });
    expect(await fingerprint(api.database)).toEqual(before);
    return body.errors![0]!.extensions as { problems?: { code: string; field: string; line: number | null; message: string }[] };
  };

  it('the test file is canvas v2 and the mistake is only the missing mapping', () => {
    expect(parseFrameworkDocument(V2_YAML, 'yaml')).toEqual({ framework: JSON.parse(JSON.stringify(CANVAS_V2)) });
    expect(V2_WITHOUT_A_MAPPING).not.toEqual(V2_YAML);
  });

  it('starts a new version as a copy of the latest published one, once', async () => {
    const { body } = await gql(api, admin.token, `mutation { createFrameworkDraft { id version status lifecycle problems { code } title } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.['createFrameworkDraft']).toMatchObject({ version: 2, status: 'DRAFT', lifecycle: 'DRAFT', problems: [] });
    await refused(admin.token, `mutation { createFrameworkDraft { id } }`, {}, 'BAD_USER_INPUT', 'DRAFT_EXISTS');
    const changes = await gql(api, admin.token, `{ canvasFrameworks { status changesSincePrevious { unchanged fromVersion toVersion } } }`);
    const draft = (changes.body.data?.['canvasFrameworks'] as { status: string; changesSincePrevious: unknown }[]).find((f) => f.status === 'DRAFT');
    expect(draft?.changesSincePrevious).toEqual({ unchanged: true, fromVersion: 1, toVersion: 2 });
  });

  it('hides the draft from everyone but admins, and refuses them every change', async () => {
    const [draft] = await api.database.query(`SELECT id FROM canvas_framework WHERE status = 'DRAFT'`);
    const seen = await gql(api, lead.token, VERSIONS);
    expect((seen.body.data?.['canvasFrameworks'] as { status: string }[]).map((f) => f.status)).toEqual(['PUBLISHED']);
    await refused(lead.token, `query ($id: ID!) { canvasFramework(id: $id) { id } }`, { id: draft.id }, 'NOT_FOUND');
    await refused(lead.token, `query ($id: ID!) { frameworkDocument(id: $id, format: YAML) }`, { id: draft.id }, 'NOT_FOUND');
    await refused(lead.token, `mutation { createFrameworkDraft { id } }`, {}, 'FORBIDDEN');
    await refused(lead.token, IMPORT, { d: V2_YAML, f: 'YAML' }, 'FORBIDDEN');
    await refused(lead.token, PUBLISH, { id: draft.id, c: true }, 'FORBIDDEN');
  });

  it('refuses a file with problems, listing each by line and field, and stores nothing', async () => {
    const unmapped = await refused(admin.token, IMPORT, { d: V2_WITHOUT_A_MAPPING, f: 'YAML' }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(unmapped.problems).toEqual([
      expect.objectContaining({ code: 'UNMAPPED_CRITERION', field: 'domains', line: lineOf(V2_WITHOUT_A_MAPPING, 'domains:') }),
    ]);
    expect(unmapped.problems?.[0]?.message).toContain('investment.pilots-to-mainstream');

    const notYaml = await refused(admin.token, IMPORT, { d: 'key: idt-canvas\nversion: [2\n', f: 'YAML' }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(notYaml.problems?.[0]).toMatchObject({ code: 'INVALID_YAML', field: '' });

    const notJson = await refused(admin.token, IMPORT, { d: V2_YAML, f: 'JSON' }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(notJson.problems?.[0]?.code).toBe('INVALID_JSON');

    const shape = await refused(admin.token, IMPORT, { d: V2_YAML.replace(/^title: .*\n/m, ''), f: 'YAML' }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(shape.problems).toEqual([expect.objectContaining({ code: 'MISSING_FIELD', field: 'title' })]);

    const version = await refused(admin.token, IMPORT, { d: V2_YAML.replace(/^version: 2$/m, 'version: 3'), f: 'YAML' }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(version.problems).toEqual([expect.objectContaining({ code: 'VERSION_NOT_NEXT', field: 'version', line: lineOf(V2_YAML, 'version:') })]);

  });

  it('replaces the draft with a correct file and says what changed, with the mappings and the crosswalk', async () => {
    const [before] = await api.database.query(`SELECT id FROM canvas_framework WHERE status = 'DRAFT'`);
    const { body } = await gql(api, admin.token, IMPORT, { d: V2_YAML, f: 'YAML' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['importFrameworkDraft']).toMatchObject({ id: before.id, version: 2, status: 'DRAFT' });
    const [{ count }] = await api.database.query(`SELECT count(*)::int AS count FROM canvas_framework WHERE status = 'DRAFT'`);
    expect(count).toBe(1);

    const read = await gql(
      api,
      admin.token,
      `query ($id: ID!) { canvasFramework(id: $id) { problems { code } crosswalk { title domains { key title criteria { key } } }
        changesSincePrevious { unchanged criteriaAdded { key } criteriaReworded { key } levelsChanged { criterionKey }
          criteriaRetired { criterionKey kind replacedBy { criterionKey } } } } }`,
      { id: before.id },
    );
    expect(read.body.errors).toBeUndefined();
    const framework = read.body.data?.['canvasFramework'] as {
      problems: unknown[];
      crosswalk: { domains: { key: string; criteria: unknown[] }[] };
      changesSincePrevious: { unchanged: boolean; criteriaRetired: { criterionKey: string; kind: string; replacedBy: { criterionKey: string }[] }[] };
    };
    expect(framework.problems).toEqual([]);
    expect(framework.crosswalk.domains).toHaveLength(5);
    for (const domain of framework.crosswalk.domains) expect(domain.criteria.length).toBeGreaterThan(0);
    expect(framework.changesSincePrevious.unchanged).toBe(false);
    expect(framework.changesSincePrevious.criteriaRetired).toEqual(
      expect.arrayContaining([
        { criterionKey: 'access.devices-and-connectivity', kind: 'SPLIT', replacedBy: [{ criterionKey: 'access.devices' }, { criterionKey: 'access.connectivity' }] },
        { criterionKey: 'investment.pilots-to-mainstream', kind: 'MERGED', replacedBy: [{ criterionKey: 'investment.sustained-funding' }] },
      ]),
    );

    const document = await gql(api, admin.token, `query ($id: ID!) { frameworkDocument(id: $id, format: JSON) }`, { id: before.id });
    expect(parseFrameworkDocument(document.body.data?.['frameworkDocument'] as string, 'json')).toEqual({ framework: JSON.parse(JSON.stringify(CANVAS_V2)) });
  });

  it('publishes only when confirmed, for good, audited, and never twice', async () => {
    const [draft] = await api.database.query(`SELECT id FROM canvas_framework WHERE status = 'DRAFT'`);
    await refused(admin.token, PUBLISH, { id: draft.id, c: false }, 'BAD_USER_INPUT', 'CONFIRMATION_REQUIRED');

    const { body } = await gql(api, admin.token, PUBLISH, { id: draft.id, c: true });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['publishFramework']).toMatchObject({ id: draft.id, status: 'PUBLISHED', lifecycle: 'PUBLISHED' });
    expect((body.data?.['publishFramework'] as { publishedAt: string }).publishedAt).toEqual(expect.any(String));

    const versions = (await gql(api, lead.token, VERSIONS)).body.data?.['canvasFrameworks'] as { version: number; lifecycle: string }[];
    expect(versions.map((v) => [v.version, v.lifecycle])).toEqual([
      [1, 'RETIRED'],
      [2, 'PUBLISHED'],
    ]);
    const audit = await api.database.query(
      `SELECT action FROM audit_event WHERE subject_type = 'canvas_framework' AND actor_user_id = $1 ORDER BY occurred_at, id`,
      [admin.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CANVAS_DRAFT_SAVED', 'CANVAS_DRAFT_SAVED', 'CANVAS_PUBLISHED']);

    await refused(admin.token, PUBLISH, { id: draft.id, c: true }, 'BAD_USER_INPUT', 'ALREADY_PUBLISHED');
    await expect(api.database.query(`UPDATE canvas_framework SET title = 'x' WHERE id = $1`, [draft.id])).rejects.toThrow(/published and cannot change/);
  });

  it('refuses to publish a draft that has problems', async () => {
    // A draft stored before the version it follows was published: its number is no longer the next one.
    const [row] = await api.database.query(
      `INSERT INTO canvas_framework (key, version, title, status, definition)
       SELECT key, 4, title, 'DRAFT', (definition - 'publishedOn') || '{"version": 4}' FROM canvas_framework WHERE version = 2 RETURNING id`,
    );
    const listed = await gql(api, admin.token, `query ($id: ID!) { canvasFramework(id: $id) { problems { code field line } } }`, { id: row.id });
    expect((listed.body.data?.['canvasFramework'] as { problems: unknown[] }).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'VERSION_NOT_NEXT', field: 'version', line: expect.any(Number) })]),
    );
    const refusal = await refused(admin.token, PUBLISH, { id: row.id, c: true }, 'BAD_USER_INPUT', 'HAS_PROBLEMS');
    expect(refusal.problems?.map((p) => p.code)).toContain('VERSION_NOT_NEXT');
  });

  it('lets a new cycle use the published version in use only: the retired version 1 is refused, version 2 opens', async () => {
    const listed = await gql(api, admin.token, `{ canvasFrameworks { id version lifecycle usableForNewCycle } }`);
    const versions = listed.body.data?.['canvasFrameworks'] as { id: string; version: number; lifecycle: string; usableForNewCycle: boolean }[];
    expect(versions.map((v) => [v.version, v.lifecycle, v.usableForNewCycle])).toEqual([
      [1, 'RETIRED', false],
      [2, 'PUBLISHED', true],
      [4, 'DRAFT', false],
    ]);
    const id = (version: number) => versions.find((v) => v.version === version)!.id;
    const day = (n: number) => addDaysToIsoDate(todayInEngland(new Date()), n);
    const OPEN = 'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id frameworkId } }';
    const input = (version: number) => ({ input: { name: `On version ${version}`, frameworkId: id(version), opensOn: day(400), closesOn: day(420) } });

    const opened = () => api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'CYCLE_OPENED'`);
    const openedBefore = await opened();
    const retired = await refused(admin.token, OPEN, input(1), 'BAD_USER_INPUT');
    expect(retired).toMatchObject({ field: 'frameworkId', problemCode: 'FRAMEWORK_NOT_PUBLISHED' });
    expect(retired.problems).toEqual([expect.objectContaining({ code: 'FRAMEWORK_NOT_PUBLISHED', field: 'frameworkId', message: expect.stringMatching(/retired/) })]);
    expect(await opened()).toEqual(openedBefore); // no cycle (the fingerprint) and no audit row

    const { body } = await gql(api, admin.token, OPEN, input(2));
    expect(body.errors).toBeUndefined();
    expect(body.data?.['openAssessmentCycle']).toMatchObject({ frameworkId: id(2) });
  });
});

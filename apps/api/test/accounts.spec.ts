import { DEMO_ACCOUNTS, DEMO_PASSWORD, PIONEERS_COHORT } from '@idt/domain';
import { AppConfig } from '../src/config/app-config';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, Person, systemId } from './support/world';

const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id email name roleGrants { id } } }';
const GRANT = 'mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id roleGrants { id role system { name } cohort { name } } } }';

describe('accounts, roles and cohorts: rules and bad input', () => {
  let api: TestApp;
  let admin: Person;
  beforeAll(async () => {
    api = await startTestApp();
    admin = await createPerson(api.database, 'Admin', [{ role: 'ADMIN' }]);
  });
  afterAll(async () => {
    await api.close();
  });

  /** Runs a call that must be refused with `code` (and `field`), and checks that nothing changed. */
  async function refused(query: string, variables: Record<string, unknown>, code: string, field?: string) {
    const before = await fingerprint(api.database);
    const { body } = await gql(api, admin.token, query, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.['code']).toBe(code);
    if (field) expect(body.errors?.[0].extensions?.['field']).toBe(field);
    expect(await fingerprint(api.database)).toEqual(before);
    return body.errors?.[0].message;
  }

  it('creates an account with no password (no admin types one), storing the email in lower case', async () => {
    const { body } = await gql(api, admin.token, CREATE_USER, {
      input: { email: ' New.Person@NHS.net ', name: ' New Person ' },
    });
    expect(body.data?.['createUser']).toMatchObject({ email: 'new.person@nhs.net', name: 'New Person', roleGrants: [] });
    const [row] = await api.database.query(`SELECT password_hash FROM user_account WHERE email = 'new.person@nhs.net'`);
    expect(row.password_hash).toBeNull();
    const typed = await gql(api, admin.token, CREATE_USER, { input: { email: 'typed@nhs.net', name: 'T', password: 'a long enough passphrase' } });
    // The input has no password field: GraphQL refuses the variables, and no account is made.
    expect(typed.body.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await api.database.query(`SELECT 1 FROM user_account WHERE email = 'typed@nhs.net'`)).toHaveLength(0);
  });

  it('stores SQL-looking text in a name as plain text: parameters, never string-built SQL', async () => {
    const name = "Robert'); DROP TABLE user_account;--";
    const { body } = await gql(api, admin.token, CREATE_USER, { input: { email: 'bobby@nhs.net', name } });
    expect((body.data?.['createUser'] as { name: string }).name).toBe(name);
    expect((await api.database.query(`SELECT count(*)::int AS n FROM user_account`))[0].n).toBeGreaterThan(1);
  });

  it.each([
    ['an empty email', { email: '', name: 'A' }, 'email', /Enter an email address/],
    ['a malformed email', { email: 'not-an-email', name: 'A' }, 'email', /correct format/],
    ['an oversized email', { email: `${'a'.repeat(260)}@nhs.net`, name: 'A' }, 'email', /254 characters/],
    ['SQL in the email', { email: "x' OR '1'='1@nhs.net", name: 'A' }, 'email', /correct format/],
    ['an empty name', { email: 'a1@nhs.net', name: '  ' }, 'name', /Enter a name/],
    ['an oversized name', { email: 'a2@nhs.net', name: 'n'.repeat(121) }, 'name', /120 characters/],
    ['script in the name', { email: 'a3@nhs.net', name: '<script>alert(1)</script>' }, 'name', /< or >/],
    ['an email already in use', { email: 'NEW.person@nhs.net', name: 'A' }, 'email', /already exists/],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, input, field, message) => {
    expect(await refused(CREATE_USER, { input }, 'BAD_USER_INPUT', field)).toMatch(message);
  });

  it('refuses wrong types before running anything', async () => {
    const { status, body } = await gql(api, admin.token, 'mutation { createUser(input: { email: 5, name: "A" }) { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  describe('role grants', () => {
    let target: Person;
    let devon: string;
    let cohortId: string;
    beforeAll(async () => {
      target = await createPerson(api.database, 'Target');
      devon = await systemId(api.database, 'Devon');
      [{ id: cohortId }] = await api.database.query(`INSERT INTO cohort (name) VALUES ('Grant cohort') RETURNING id`);
    });

    it('grants a scoped role, records it in the audit trail, and treats a repeat as no change', async () => {
      const input = { userId: target.id, role: 'ICS_LEAD', systemId: devon };
      const first = await gql(api, admin.token, GRANT, { input });
      expect(first.body.data?.['grantRole']).toMatchObject({ roleGrants: [{ role: 'ICS_LEAD', system: { name: 'Devon' }, cohort: null }] });
      const before = await fingerprint(api.database);
      const again = await gql(api, admin.token, GRANT, { input });
      expect(again.body.data?.['grantRole']).toEqual(first.body.data?.['grantRole']);
      expect(await fingerprint(api.database)).toEqual(before);
      const audit = await api.database.query(
        `SELECT actor_user_id, after FROM audit_event WHERE action = 'ROLE_GRANTED' AND after->>'userId' = $1`,
        [target.id],
      );
      expect(audit).toEqual([{ actor_user_id: admin.id, after: { userId: target.id, role: 'ICS_LEAD', systemId: devon, cohortId: null } }]);
    });

    it('revokes a role and audits what it was', async () => {
      const { body } = await gql(api, admin.token, GRANT, { input: { userId: target.id, role: 'COACH', cohortId } });
      const coachGrant = (body.data?.['grantRole'] as { roleGrants: { id: string; role: string }[] }).roleGrants.find((g) => g.role === 'COACH');
      const revoked = await gql(api, admin.token, 'mutation ($id: ID!) { revokeRole(grantId: $id) { roleGrants { role } } }', { id: coachGrant?.id });
      expect(revoked.body.data?.['revokeRole']).toEqual({ roleGrants: [{ role: 'ICS_LEAD' }] });
      const [audit] = await api.database.query(`SELECT before FROM audit_event WHERE action = 'ROLE_REVOKED' AND subject_id = $1`, [coachGrant?.id]);
      expect(audit.before).toMatchObject({ role: 'COACH', cohortId });
    });

    it.each([
      ['an ICS lead with no ICS', () => ({ userId: target.id, role: 'ICS_LEAD' }), 'BAD_USER_INPUT', 'systemId'],
      ['an ICS lead with a cohort as well', () => ({ userId: target.id, role: 'ICS_LEAD', systemId: devon, cohortId }), 'BAD_USER_INPUT', 'cohortId'],
      ['a coach with no cohort', () => ({ userId: target.id, role: 'COACH' }), 'BAD_USER_INPUT', 'cohortId'],
      ['a coach with an ICS', () => ({ userId: target.id, role: 'COACH', cohortId, systemId: devon }), 'BAD_USER_INPUT', 'systemId'],
      ['a national role with an ICS', () => ({ userId: target.id, role: 'NATIONAL', systemId: devon }), 'BAD_USER_INPUT', 'systemId'],
      ['an unknown ICS', () => ({ userId: target.id, role: 'ICS_LEAD', systemId: '00000000-0000-4000-8000-000000000001' }), 'BAD_USER_INPUT', 'systemId'],
      ['an unknown cohort', () => ({ userId: target.id, role: 'COACH', cohortId: '00000000-0000-4000-8000-000000000001' }), 'BAD_USER_INPUT', 'cohortId'],
      ['a malformed id', () => ({ userId: "1'; DROP TABLE role_grant;--", role: 'ADMIN' }), 'BAD_USER_INPUT', 'userId'],
      ['an unknown person', () => ({ userId: '00000000-0000-4000-8000-000000000001', role: 'ADMIN' }), 'NOT_FOUND', undefined],
    ])('refuses %s and changes nothing', async (_what, input, code, field) => {
      await refused(GRANT, { input: input() }, code, field);
    });

    it('refuses an unknown role name as a GraphQL validation error', async () => {
      const { body } = await gql(api, admin.token, GRANT, { input: { userId: target.id, role: 'SUPERUSER' } });
      expect(body.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it("does not let an admin remove their own admin role (no lock-out)", async () => {
      const [grant] = await api.database.query(`SELECT id FROM role_grant WHERE user_id = $1 AND role = 'ADMIN'`, [admin.id]);
      await refused('mutation ($id: ID!) { revokeRole(grantId: $id) { id } }', { id: grant.id }, 'BAD_USER_INPUT', 'grantId');
    });
  });

  describe('cohorts', () => {
    it('creates a cohort, adds and removes ICSs, and treats repeats as no change', async () => {
      const created = await gql(api, admin.token, 'mutation { createCohort(input: { name: "North pilots", description: "Two ICSs" }) { id name description systems { id } } }');
      const cohort = created.body.data?.['createCohort'] as { id: string };
      expect(created.body.data?.['createCohort']).toMatchObject({ name: 'North pilots', description: 'Two ICSs', systems: [] });
      const devon = await systemId(api.database, 'Devon');
      const add = 'mutation ($c: ID!, $s: ID!) { addSystemToCohort(cohortId: $c, systemId: $s) { systems { name } } }';
      expect((await gql(api, admin.token, add, { c: cohort.id, s: devon })).body.data).toEqual({ addSystemToCohort: { systems: [{ name: 'Devon' }] } });
      const before = await fingerprint(api.database);
      await gql(api, admin.token, add, { c: cohort.id, s: devon });
      expect(await fingerprint(api.database)).toEqual(before);
      const remove = 'mutation ($c: ID!, $s: ID!) { removeSystemFromCohort(cohortId: $c, systemId: $s) { systems { name } } }';
      expect((await gql(api, admin.token, remove, { c: cohort.id, s: devon })).body.data).toEqual({ removeSystemFromCohort: { systems: [] } });
      const audited = async () =>
        (await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1`, [cohort.id]))[0].n;
      const [fingerprintBefore, auditBefore] = [await fingerprint(api.database), await audited()];
      expect((await gql(api, admin.token, remove, { c: cohort.id, s: devon })).body.data).toEqual({ removeSystemFromCohort: { systems: [] } });
      expect([await fingerprint(api.database), await audited()]).toEqual([fingerprintBefore, auditBefore]);
    });

    it.each([
      ['an empty name', { name: '' }, 'name'],
      ['an oversized name', { name: 'c'.repeat(121) }, 'name'],
      ['script in the name', { name: '<img src=x onerror=alert(1)>' }, 'name'],
      ['an oversized description', { name: 'Fine', description: 'd'.repeat(2001) }, 'description'],
      ['a name already in use (any case)', { name: 'NORTH PILOTS' }, 'name'],
    ])('refuses %s', async (_what, input, field) => {
      await refused('mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }', { input }, 'BAD_USER_INPUT', field);
    });

    it('refuses an unknown cohort or ICS', async () => {
      const add = 'mutation ($c: ID!, $s: ID!) { addSystemToCohort(cohortId: $c, systemId: $s) { id } }';
      const devon = await systemId(api.database, 'Devon');
      await refused(add, { c: '00000000-0000-4000-8000-000000000002', s: devon }, 'NOT_FOUND');
      const [{ id }] = await api.database.query(`SELECT id FROM cohort LIMIT 1`);
      await refused(add, { c: id, s: '00000000-0000-4000-8000-000000000002' }, 'BAD_USER_INPUT', 'systemId');
      await refused(add, { c: id, s: 'not-a-uuid' }, 'BAD_USER_INPUT', 'systemId');
    });
  });
});

describe('start-up seeding', () => {
  // Each start is a fresh app on the same database, one after the other, as `npm start` restarts would be.
  // (Passport's strategies are process-wide, so two live apps in one test process would share one.)
  let database: { name: string; url: string };
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await dropTestDatabase(database.name);
  });

  async function startTwice(overrides: Partial<AppConfig>, secondOverrides: Partial<AppConfig> = overrides) {
    const first = await startTestApp({ ...overrides, databaseUrl: database.url });
    const afterFirst = await fingerprint(first.database);
    await first.close();
    const second = await startTestApp({ ...secondOverrides, databaseUrl: database.url });
    return { api: second, afterFirst };
  }

  it('creates the demo accounts and the Pioneers cohort when asked, idempotently, and they can sign in', async () => {
    const { api, afterFirst } = await startTwice({ seedDemoData: true });
    try {
      expect(await fingerprint(api.database)).toEqual(afterFirst);
      const [cohort] = await api.database.query(
        `SELECT c.name, array_agg(s.name ORDER BY s.name) AS systems FROM cohort c
         JOIN cohort_member m ON m.cohort_id = c.id JOIN system s ON s.id = m.system_id GROUP BY c.name`,
      );
      expect(cohort.name).toBe(PIONEERS_COHORT.name);
      expect(cohort.systems).toEqual([...PIONEERS_COHORT.systemNames].sort());

      for (const account of DEMO_ACCOUNTS) {
        const { body } = await gql(
          api,
          null,
          'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { roleGrants { role system { name } cohort { name } } } }',
          { e: account.email, p: DEMO_PASSWORD },
        );
        expect(body).toEqual({
          data: {
            signIn: {
              roleGrants: [
                {
                  role: account.role,
                  system: account.systemName ? { name: account.systemName } : null,
                  cohort: account.role === 'COACH' ? { name: PIONEERS_COHORT.name } : null,
                },
              ],
            },
          },
        });
      }
    } finally {
      await api.close();
    }
  });

  it('creates no accounts at all unless told to', async () => {
    const api = await startTestApp({ databaseUrl: database.url });
    try {
      expect((await api.database.query(`SELECT count(*)::int AS n FROM user_account`))[0].n).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('creates the bootstrap admin of a new deployment once, and never again once an admin exists', async () => {
    const bootstrapAdmin = { email: 'First.Admin@nhs.net', name: 'First Admin', password: 'a long bootstrap passphrase' };
    const { api } = await startTwice({ bootstrapAdmin }, { bootstrapAdmin: { ...bootstrapAdmin, email: 'second@nhs.net' } });
    try {
      const admins = await api.database.query(
        `SELECT u.email FROM user_account u JOIN role_grant g ON g.user_id = u.id WHERE g.role = 'ADMIN'`,
      );
      expect(admins).toEqual([{ email: 'first.admin@nhs.net' }]);
      const { body } = await gql(api, null, 'mutation { signIn(input: { email: "first.admin@nhs.net", password: "a long bootstrap passphrase" }) { name } }');
      expect(body).toEqual({ data: { signIn: { name: 'First Admin' } } });
    } finally {
      await api.close();
    }
  });
});

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startSmtpServer } from '../support/smtp-server';
import { startTestApp, TestApp } from '../support/test-app';
import { createCohort, createPerson, fingerprint, gql, openCycle, systemId } from '../support/world';
import { EVERYONE, OPERATIONS, Outcome, Scope, Who, World } from './operations';

/**
 * Runs every operation in OPERATIONS as every role, aimed at the caller's own scope and at someone else's, and
 * checks the outcome. Refused writes must change nothing (a fingerprint of the tenant tables is compared); refused
 * reads must return no data and reveal nothing about the target.
 */
describe('tenancy matrix', () => {
  let api: TestApp;
  let world: World;
  // Invitations go by email: a real SMTP server in this process takes them.
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' } });
    const db = api.database;
    const [own, other, outside, alsoOwn] = await Promise.all(
      ['Devon', 'Kent and Medway', 'Dorset', 'Surrey Heartlands'].map((name) => systemId(db, name)),
    );
    const cohortOwn = await createCohort(db, 'Cohort A', [own, alsoOwn]);
    const cohortOther = await createCohort(db, 'Cohort B', [other]);
    world = {
      db,
      cycleId: await openCycle(db, 'Matrix baseline'),
      cohorts: { own: cohortOwn, other: cohortOther },
      systems: { own, other, outside },
      people: {
        admin: await createPerson(db, 'Admin', [{ role: 'ADMIN' }]),
        national: await createPerson(db, 'National', [{ role: 'NATIONAL' }]),
        coach: await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: cohortOwn }]),
        icsLead: await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: own }]),
        spare: await createPerson(db, 'Spare'),
      },
    };
  });

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('covers every query and mutation the API serves', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const served = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(served);
  });

  const cases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    EVERYONE.flatMap((who) =>
      (operation.scoped ? (['own', 'other'] as Scope[]) : (['own'] as Scope[])).map((scope) => {
        const rule = operation.expect[who];
        const expected: Outcome = typeof rule === 'string' ? rule : rule[scope];
        return { name, who, scope, expected, label: operation.scoped ? `${who}, ${scope} scope` : who };
      }),
    ),
  );

  it.each(cases)('$name as $label → $expected', async ({ name, who, scope, expected }) => {
    const operation = OPERATIONS[name];
    const variables = (await operation.variables?.(world, scope, who)) ?? {};
    const token = operation.session
      ? await operation.session(world, who)
      : who === 'anonymous'
        ? null
        : world.people[who as Exclude<Who, 'anonymous'>].token;
    const before = await fingerprint(world.db);

    const { body } = await gql(api, token, operation.document, variables);

    const outcome = body.errors?.length ? String(body.errors[0].extensions?.['code']) : 'ALLOWED';
    expect({ outcome, errors: outcome === expected ? undefined : body.errors }).toEqual({ outcome: expected, errors: undefined });
    if (expected === 'ALLOWED') {
      operation.check?.(body.data as Record<string, unknown>, world, who);
      if (operation.writes) expect(await fingerprint(world.db)).not.toEqual(before);
      return;
    }
    // Refused: no data, nothing changed, and the message names nothing of the target.
    expect(body.data ?? null).toBeNull();
    expect(await fingerprint(world.db)).toEqual(before);
    const message = body.errors?.[0].message ?? '';
    for (const value of Object.values(variables)) expect(message).not.toContain(String(value));
    expect(message).not.toMatch(/Cohort [AB]|Devon|Kent/);
  });

  it('answers an out-of-scope cohort exactly as a cohort that does not exist', async () => {
    const query = 'query ($id: ID!) { cohort(id: $id) { id } }';
    const outOfScope = await gql(api, world.people.coach.token, query, { id: world.cohorts.other });
    const missing = await gql(api, world.people.coach.token, query, { id: '00000000-0000-4000-8000-000000000000' });
    expect(outOfScope.body).toEqual(missing.body);
    expect(outOfScope.body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });
});

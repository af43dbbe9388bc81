import { ApolloServer } from '@apollo/server';
import { DEMO_HISTORY_CYCLES } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, Person } from './support/world';

const LANDSCAPE = `query Landscape($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { methodDescription
  entries { systemId name regionName overallScore category rank domainScores { domainKey score incomplete } }
  categoryCounts { category count } chasm { gap nearest { name distance } } } }`;

interface Sent {
  readonly method: 'GET' | 'POST';
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
  readonly headers?: Record<string, string>;
  readonly as?: 'national' | 'lead' | 'nobody';
}

interface Answer {
  readonly status: number;
  /** Every header but those about the connection and the time. */
  readonly headers: Record<string, string>;
  readonly etag: string | null;
  readonly body: string;
}

const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * The direct GraphQL path (graphql/direct-graphql.ts) must answer exactly as Apollo Server would: the same status,
 * media type, caching headers and bytes, for answers, refusals and errors alike. One app runs with it, one without
 * (Apollo alone), on the same database; each request goes to both. A spy on Apollo shows which requests the direct
 * path answered itself and which it passed on.
 */
describe('GraphQL answered directly by graphql-js, as Apollo would (real PostgreSQL)', () => {
  let direct: TestApp;
  let apollo: TestApp;
  let tokens: Record<'national' | 'lead', string>;
  let cycleId: string;
  let lead: Person;
  let assessment: { id: string; version: number };
  let apolloCalls: jest.SpyInstance;

  beforeAll(async () => {
    direct = await startTestApp({ seedDemoData: true });
    apollo = await startTestApp({ databaseUrl: direct.databaseUrl }, { directGraphQL: false });
    const db = direct.database;
    const [cycle] = await db.query(`SELECT id FROM assessment_cycle WHERE name = $1`, [DEMO_HISTORY_CYCLES[2].name]);
    cycleId = cycle.id;
    const national = await createPerson(db, 'National', [{ role: 'NATIONAL' }]);
    const [draft] = await db.query(
      `SELECT a.id, a.version, a.system_id FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.status = 'DRAFT' AND c.published_at IS NULL ORDER BY a.id LIMIT 1`,
    );
    assessment = { id: draft.id, version: draft.version };
    lead = await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: draft.system_id }]);
    tokens = { national: national.token, lead: lead.token };
    apolloCalls = jest.spyOn(ApolloServer.prototype, 'executeHTTPGraphQLRequest');
  }, 90000);
  afterAll(async () => {
    apolloCalls?.mockRestore();
    await apollo?.close();
    await direct?.close();
  });

  async function send(api: TestApp, sent: Sent): Promise<Answer> {
    const who = sent.as ?? 'national';
    const cookie: Record<string, string> = who === 'nobody' ? {} : { cookie: `__Host-idt_session=${tokens[who]}` };
    let response: Response;
    if (sent.method === 'GET') {
      const params = new URLSearchParams({ query: sent.query });
      if (sent.variables) params.set('variables', JSON.stringify(sent.variables));
      if (sent.operationName) params.set('operationName', sent.operationName);
      response = await fetch(`${api.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true', ...cookie, ...sent.headers } });
    } else {
      response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...cookie, ...sent.headers },
        body: JSON.stringify({ query: sent.query, variables: sent.variables, operationName: sent.operationName }),
      });
    }
    return {
      status: response.status,
      headers: Object.fromEntries([...response.headers].filter(([name]) => !CONNECTION_HEADERS.has(name))),
      etag: response.headers.get('etag'),
      body: await response.text(),
    };
  }

  /** Sends the request to both apps; returns both answers and whether Apollo answered it on the direct app. */
  async function both(sent: Sent): Promise<{ direct: Answer; apollo: Answer; passedOn: boolean }> {
    const fromApollo = await send(apollo, sent);
    apolloCalls.mockClear();
    const fromDirect = await send(direct, sent);
    return { direct: fromDirect, apollo: fromApollo, passedOn: apolloCalls.mock.calls.length > 0 };
  }

  const answered: [string, () => Sent][] = [
    ['a signed-in query by POST', () => ({ method: 'POST', query: '{ me { id email name } }' })],
    ['a query by GET, as the web app sends it', () => ({ method: 'GET', query: '{ me { id } }', headers: { accept: 'application/graphql-response+json, application/json' } })],
    ['the landscape by POST', () => ({ method: 'POST', query: LANDSCAPE, variables: { c: cycleId } })],
    ['the landscape by GET', () => ({ method: 'GET', query: LANDSCAPE, variables: { c: cycleId }, operationName: 'Landscape' })],
    ['a query nobody signed in may not ask', () => ({ method: 'POST', query: '{ me { id } }', as: 'nobody' })],
    ['a public query, signed out', () => ({ method: 'POST', query: '{ systems { onsCode name } }', as: 'nobody' })],
    ['an id that does not exist', () => ({ method: 'POST', query: 'query ($s: ID!) { systemProfile(systemId: $s) { calibrationCycleName } }', variables: { s: '00000000-0000-4000-8000-000000000000' } })],
    ['a query outside the role', () => ({ method: 'POST', query: '{ users { id } }', as: 'lead' })],
    [
      'a mutation refused as bad input',
      () => ({
        method: 'POST',
        as: 'lead',
        query: 'mutation ($i: SaveAnswersInput!) { saveAnswers(input: $i) { assessmentId version } }',
        variables: { i: { assessmentId: assessment.id, expectedVersion: assessment.version, responses: [{ criterionKey: 'no.such-criterion', selfLevel: 3 }] } },
      }),
    ],
    ['JSON asked for by name', () => ({ method: 'POST', query: '{ me { id } }', headers: { accept: 'application/json' } })],
    ['the landscape by GET, gzipped for a browser', () => ({ method: 'GET', query: LANDSCAPE, variables: { c: cycleId }, headers: { 'accept-encoding': 'gzip, deflate, br' } })],
    ['the landscape to a client that accepts no encoding', () => ({ method: 'POST', query: LANDSCAPE, variables: { c: cycleId }, headers: { 'accept-encoding': '' } })],
    ['a small answer to a browser that accepts gzip', () => ({ method: 'POST', query: '{ me { id } }', headers: { 'accept-encoding': 'gzip, deflate, br' } })],
  ];

  it.each(answered)('answers %s itself, exactly as Apollo does', async (_title, request) => {
    const { direct: d, apollo: a, passedOn } = await both(request());
    expect(passedOn).toBe(false);
    expect(d).toEqual(a);
    expect(d.status).toBeLessThan(500);
    expect(d.body.length).toBeGreaterThan(10);
  });

  const passed: [string, Sent, number][] = [
    ['a document that does not parse', { method: 'POST', query: '{ me { id ' }, 400],
    ['a field that does not exist', { method: 'POST', query: '{ me { id password } }' }, 400],
    ['more aliases than the limit', { method: 'POST', query: `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: me { id }`).join(' ')} }` }, 400],
    ['a GET without the CSRF-prevention header', { method: 'GET', query: '{ me { id } }', headers: { 'apollo-require-preflight': '' } }, 400],
    ['a mutation by GET', { method: 'GET', query: 'mutation { signOut }' }, 405],
    ['an Accept header with weights', { method: 'POST', query: '{ me { id } }', headers: { accept: 'application/json;q=0.5, application/graphql-response+json' } }, 200],
    ['an Accept header that takes no JSON', { method: 'POST', query: '{ me { id } }', headers: { accept: 'text/html' } }, 406],
    ['a variable of the wrong type', { method: 'POST', query: 'query ($s: ID!) { systemProfile(systemId: $s) { calibrationCycleName } }', variables: { s: { no: 1 } } }, 400],
    ['a variable missing', { method: 'POST', query: 'query ($s: ID!) { systemProfile(systemId: $s) { calibrationCycleName } }' }, 400],
    ['an operation name that is not in the document', { method: 'POST', query: 'query A { me { id } }', operationName: 'B' }, 400],
  ];

  it.each(passed)('passes %s on to Apollo, which answers it as before', async (_title, request, status) => {
    const { direct: d, apollo: a, passedOn } = await both(request);
    expect(passedOn).toBe(true);
    expect(d).toEqual(a);
    expect(d.status).toBe(status);
  });

  it('answers a landscape the browser already has with 304 and the same headers as Apollo', async () => {
    const request: Sent = { method: 'GET', query: LANDSCAPE, variables: { c: cycleId } };
    const { etag } = await send(direct, request);
    const { direct: d, apollo: a, passedOn } = await both({ ...request, headers: { 'if-none-match': etag as string } });
    expect(passedOn).toBe(false);
    expect(d.status).toBe(304);
    expect(d).toEqual(a);
  });

  it('answers a repeated published landscape from memory with the same bytes and ETag, and 304 when asked with it', async () => {
    const request: Sent = { method: 'GET', query: LANDSCAPE, variables: { c: cycleId } };
    const first = await send(direct, request);
    const again = await send(direct, request);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).data.landscape.entries).toHaveLength(42);
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    expect(again).toEqual(first);
    const revalidated = await send(direct, { ...request, headers: { 'if-none-match': first.etag as string } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe('');
  });
});

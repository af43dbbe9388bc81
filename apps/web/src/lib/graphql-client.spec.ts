import { TypedDocumentString } from '../gql/graphql';
import { execute, GraphQLRequestError, MAX_GET_URL_LENGTH, operationKind, requestFor } from './graphql-client';

const document = new TypedDocumentString<{ systems: { name: string }[] }, { regionOdsCode?: string }>(
  'query Systems($regionOdsCode: String) { systems(regionOdsCode: $regionOdsCode) { name } }',
);

function fakeFetch(status: number, body: unknown): jest.Mock {
  return jest.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('execute', () => {
  it('sends a query by GET, its document and variables in the address, and returns the data', async () => {
    const fetch = fakeFetch(200, { data: { systems: [{ name: 'West Yorkshire' }] } });
    await expect(execute(document, { regionOdsCode: 'Y63' }, { fetch })).resolves.toEqual({
      systems: [{ name: 'West Yorkshire' }],
    });
    const [url, init] = fetch.mock.calls[0];
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    // Apollo's CSRF prevention lets through a GET that carries a header no cross-site form or link can send.
    expect(init.headers['apollo-require-preflight']).toBe('true');
    expect(init.credentials).toBe('same-origin');
    const address = new URL(url, 'https://idt-canvas.example');
    expect(address.pathname).toBe('/graphql');
    expect(address.searchParams.get('query')).toBe(document.toString());
    expect(JSON.parse(address.searchParams.get('variables') as string)).toEqual({ regionOdsCode: 'Y63' });
  });

  it('posts a mutation as JSON, and a query too long for an address, and a keepalive request', async () => {
    const mutation = new TypedDocumentString<{ signOut: boolean }, Record<string, never>>('mutation SignOut { signOut }');
    const fetch = fakeFetch(200, { data: { signOut: true } });
    await execute(mutation, {}, { fetch });
    const [url, init] = fetch.mock.calls[0];
    expect([url, init.method, init.headers['content-type']]).toEqual(['/graphql', 'POST', 'application/json']);
    expect(JSON.parse(init.body)).toEqual({ query: mutation.toString(), variables: {} });

    const long = requestFor(document.toString(), { regionOdsCode: 'Y'.repeat(MAX_GET_URL_LENGTH) }, false);
    expect([long.url, long.init.method]).toEqual(['/graphql', 'POST']);
    const justFits = requestFor(document.toString(), { regionOdsCode: 'Y'.repeat(3000) }, false);
    expect(justFits.init.method).toBe('GET');
    expect(justFits.url.length).toBeLessThanOrEqual(MAX_GET_URL_LENGTH);
    expect(requestFor(document.toString(), {}, true).init.method).toBe('POST');
  });

  it('tells a query from a mutation, with fragments before or after it, comments and strings', () => {
    expect(operationKind('{ me { id } }')).toBe('query');
    expect(operationKind('query { me { id } }')).toBe('query');
    expect(operationKind('# mutation in a comment\nquery Q { a(text: "mutation { x }") { ...F } }\nfragment F on A { b }')).toBe('query');
    expect(operationKind('fragment F on A { b { c } }\n mutation Save($x: Int) { save(x: $x) { ...F } }')).toBe('mutation');
    expect(operationKind('subscription S { events { id } }')).toBe('subscription');
  });

  it("throws the first error's code and message when the API refuses", async () => {
    const fetch = fakeFetch(200, {
      data: null,
      errors: [{ message: 'There is no NHS England region with the code "Y99".', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const error = await execute(document, { regionOdsCode: 'Y99' }, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'There is no NHS England region with the code "Y99".' });
  });

  it('keeps the input field a BAD_USER_INPUT error names', async () => {
    const fetch = fakeFetch(200, {
      data: null,
      errors: [
        { message: 'An account with this email address already exists.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        { message: 'Enter a name', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
      ],
    });
    const error = await execute(document, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).field).toBe('email');
    expect((error as GraphQLRequestError).errors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'An account with this email address already exists.', field: 'email' },
      { code: 'BAD_USER_INPUT', message: 'Enter a name', field: 'name' },
    ]);
  });

  it('turns a refusal listing several problems into one error per problem, each with its field', async () => {
    const fetch = fakeFetch(200, {
      errors: [
        {
          message: 'Cycle name is required',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'name',
            problemCode: 'NAME_REQUIRED',
            problems: [
              { code: 'NAME_REQUIRED', field: 'name', message: 'Enter a name for the cycle' },
              { code: 'CYCLE_OVERLAPS', field: 'opensOn', message: 'These dates overlap "Spring"' },
            ],
          },
        },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'Enter a name for the cycle', field: 'name' },
      { code: 'BAD_USER_INPUT', message: 'These dates overlap "Spring"', field: 'opensOn' },
    ]);
  });

  it('leaves the field out when the API names none (or names it oddly)', async () => {
    const fetch = fakeFetch(200, {
      errors: [
        { message: 'You do not have permission to do that.', extensions: { code: 'FORBIDDEN' } },
        { message: 'odd', extensions: { code: 'BAD_USER_INPUT', field: 42 } },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.field).toBeUndefined();
    expect(error.errors.map((e) => 'field' in e)).toEqual([false, false]);
  });

  it('keeps the criterion an answer error is about, and the domains still to complete', async () => {
    const fetch = fakeFetch(200, {
      errors: [
        {
          message: 'Links must start with https:// or http://',
          extensions: { code: 'BAD_USER_INPUT', field: 'links', criterionKey: 'co-design.principles-applied' },
        },
        {
          message: 'Answer every criterion before you submit.',
          extensions: { code: 'BAD_USER_INPUT', field: 'responses', incompleteDomains: ['Co-design', 'Access'] },
        },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'Links must start with https:// or http://', field: 'links', criterionKey: 'co-design.principles-applied' },
      { code: 'BAD_USER_INPUT', message: 'Answer every criterion before you submit.', field: 'responses', incompleteDomains: ['Co-design', 'Access'] },
    ]);
  });

  it('keeps what a CONFLICT says is saved now', async () => {
    const saved = { criterionKey: 'local-needs.needs-analysis', selfLevel: 3, evidence: 'Theirs' };
    const fetch = fakeFetch(200, {
      errors: [
        {
          message: 'Someone else has saved changes to this assessment since you opened it.',
          extensions: { code: 'CONFLICT', currentVersion: 7, currentStatus: 'DRAFT', currentResponses: [saved] },
        },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.code).toBe('CONFLICT');
    expect(error.errors[0]).toMatchObject({ currentVersion: 7, currentResponses: [saved] });
  });

  it('keeps every problem of a refused document, and leaves out problems of an unexpected shape', async () => {
    const problem = { code: 'UNMAPPED_CRITERION', field: 'domains', line: 12, message: 'Say what replaces it.' };
    const fetch = fakeFetch(200, {
      errors: [
        { message: 'The canvas has 1 problem to fix.', extensions: { code: 'BAD_USER_INPUT', field: 'document', problems: [problem] } },
        { message: 'odd', extensions: { code: 'BAD_USER_INPUT', problems: [{ code: 'X', field: 'y', line: 'one', message: 'z' }] } },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'The canvas has 1 problem to fix.', field: 'document', problems: [problem] },
      { code: 'BAD_USER_INPUT', message: 'odd' },
    ]);
  });

  it('leaves out extensions of an unexpected shape', async () => {
    const fetch = fakeFetch(200, {
      errors: [
        {
          message: 'odd',
          extensions: { code: 'CONFLICT', currentVersion: '7', currentResponses: ['x'], incompleteDomains: [1], criterionKey: 3 },
        },
      ],
    });
    const error = (await execute(document, {}, { fetch }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toEqual([{ code: 'CONFLICT', message: 'odd' }]);
  });

  it('asks the browser to finish the request after the page has gone, when told to', async () => {
    const leaving = fakeFetch(200, { data: { systems: [] } });
    await execute(document, {}, { fetch: leaving, keepalive: true });
    expect(leaving.mock.calls[0][1].keepalive).toBe(true);
    const staying = fakeFetch(200, { data: { systems: [] } });
    await execute(document, {}, { fetch: staying });
    expect(staying.mock.calls[0][1]).not.toHaveProperty('keepalive');
  });

  it('sends a request too big for keepalive as an ordinary one', async () => {
    const fetch = fakeFetch(200, { data: { systems: [] } });
    await execute(document, { regionOdsCode: 'x'.repeat(70_000) }, { fetch, keepalive: true });
    expect(fetch.mock.calls[0][1]).not.toHaveProperty('keepalive');
  });

  it('treats an error without a code as an internal one', async () => {
    const fetch = fakeFetch(200, { errors: [{ message: 'boom' }] });
    await expect(execute(document, {}, { fetch })).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports a connection failure as NETWORK_ERROR in plain English', async () => {
    const fetch = jest.fn().mockRejectedValue(new TypeError('fetch failed'));
    await expect(execute(document, {}, { fetch })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'We could not reach IDT Canvas. Check your connection and try again.',
    });
  });

  it('reports a body that is not JSON (e.g. a proxy error page) as BAD_RESPONSE', async () => {
    const fetch = fakeFetch(502, '<html>Bad gateway</html>');
    await expect(execute(document, {}, { fetch })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('reports a response with neither data nor errors as BAD_RESPONSE', async () => {
    const fetch = fakeFetch(500, {});
    await expect(execute(document, {}, { fetch })).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });
});

import { requestForLog, requestLogOptions, responseForLog } from './request-log';

describe('request log lines', () => {
  const raw = {
    method: 'POST',
    url: '/graphql?token=secret',
    headers: { cookie: '__Host-idt_session=abc123', authorization: 'Bearer xyz', 'user-agent': 'x' },
    body: { operationName: 'Landscape', query: '{ landscape { entries { name } } }', variables: { email: 'a@b.nhs.uk' } },
  };

  it('carry the id, method, path and operation name, and nothing of the headers, cookies, query string or body', () => {
    const line = requestForLog({ id: 7, method: raw.method, url: raw.url, raw: raw as never });
    expect(line).toEqual({ id: 7, method: 'POST', url: '/graphql', operation: 'Landscape' });
    expect(JSON.stringify(line)).not.toMatch(/abc123|xyz|secret|a@b/);
  });

  it('leave the operation out when the client named none', () => {
    expect(requestForLog({ id: 1, method: 'GET', url: '/auth/oidc/login', raw: { headers: {} } as never })).toEqual({ id: 1, method: 'GET', url: '/auth/oidc/login' });
  });

  it('carry the status of the answer and nothing else (no set-cookie)', () => {
    expect(responseForLog({ statusCode: 200, getHeaders: () => ({ 'set-cookie': 'x' }) } as never)).toEqual({ statusCode: 200 });
  });

  it('are what the API configures pino-http with', () => {
    const options = requestLogOptions('info');
    expect(options.serializers).toEqual({ req: requestForLog, res: responseForLog });
  });
});

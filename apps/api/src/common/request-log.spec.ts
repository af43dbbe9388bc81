import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { requestForLog, requestLogOptions, responseForLog } from './request-log';

/** One request through pino-http with the API's options at `level`: what it writes, and what it hung on the answer. */
function oneRequest(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const middleware = pinoHttp(requestLogOptions(level), stream);
  const req = Object.assign(new EventEmitter(), { method: 'POST', url: '/graphql', headers: {}, body: { operationName: 'Me' } });
  const res = Object.assign(new EventEmitter(), { statusCode: 200, headersSent: true, writableEnded: true, getHeaders: () => ({}) });
  middleware(req as never, res as never, () => undefined);
  const listeners = res.listenerCount('finish');
  const id = (req as unknown as { id: unknown }).id;
  (req as unknown as { log: { error: (m: string) => void } }).log.error('went wrong');
  res.emit('finish');
  return { lines, listeners, id };
}

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

  it('at info: one line per request with the request, and lines written during it carry the request', () => {
    const { lines, id } = oneRequest('info');
    expect(lines.find((l) => l['msg'] === 'went wrong')?.['req']).toEqual({ id, method: 'POST', url: '/graphql', operation: 'Me' });
    const line = lines.find((l) => l['msg'] === 'request completed');
    expect(line?.['req']).toEqual({ id, method: 'POST', url: '/graphql', operation: 'Me' });
    expect(line?.['res']).toEqual({ statusCode: 200 });
  });

  it('at warn: no request line is prepared, and an error written during the request still carries the request', () => {
    const { lines, listeners, id } = oneRequest('warn');
    expect(listeners).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'went wrong', req: { id, method: 'POST', url: '/graphql', operation: 'Me' } });
  });
});

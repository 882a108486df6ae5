import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  NETWORK_ERROR,
  parseError,
  parseRetryAfter,
  request,
  setUnauthorizedHandler,
} from './client';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseError', () => {
  it('reads the documented error shape with fields', () => {
    const error = parseError(
      422,
      JSON.stringify({
        error: {
          code: 'invalid',
          message: 'some fields are invalid',
          fields: { email: 'is required' },
        },
      }),
      new Headers(),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('some fields are invalid');
    expect(error.fields).toEqual({ email: 'is required' });
  });

  it('reads Retry-After on 429', () => {
    const error = parseError(
      429,
      JSON.stringify({ error: { code: 'rate_limited', message: 'slow down' } }),
      new Headers({ 'Retry-After': '17' }),
    );
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBe(17);
  });

  it('survives a body that is not our JSON', () => {
    const html = parseError(502, '<html>Bad gateway</html>', new Headers());
    expect(html.code).toBe('http_502');
    expect(html.fields).toBeUndefined();
    expect(parseError(500, '', new Headers()).code).toBe('http_500');
    expect(parseError(400, '{"error":"nope"}', new Headers()).code).toBe('http_400');
  });

  it('keeps only string field reasons', () => {
    const error = parseError(
      422,
      JSON.stringify({ error: { code: 'invalid', message: 'x', fields: { a: 'bad', b: 3 } } }),
      new Headers(),
    );
    expect(error.fields).toEqual({ a: 'bad' });
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds and HTTP dates', () => {
    expect(parseRetryAfter('5')).toBe(5);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('request', () => {
  it('sends JSON with the same-origin cookie and returns the body', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { id: 1, name: 'Ann' }));
    vi.stubGlobal('fetch', fetchMock);
    const user = await request<{ name: string }>('/users', {
      method: 'POST',
      body: { name: 'Ann' },
      query: { limit: 5, cursor: undefined },
    });
    expect(user.name).toBe('Ann');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/users?limit=5');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"name":"Ann"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(request('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('throws a typed ApiError and calls the 401 handler for authenticated calls only', async () => {
    const onUnauthorized = vi.fn();
    const remove = setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(401, { error: { code: 'unauthorized', message: 'no' } })),
    );

    await expect(request('/me')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    await expect(
      request('/auth/login', { method: 'POST', anonymous: true }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);

    remove();
    await expect(request('/me')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('turns a network failure into a network_error ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(request('/me')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});

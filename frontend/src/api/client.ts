/** API_BASE is the prefix of every API path. */
export const API_BASE = '/api/v1';

/** FieldErrors maps a request field to why the server refused it. */
export type FieldErrors = Record<string, string>;

/**
 * ApiError is a failed API call: the HTTP status (0 when the server could not be
 * reached), the server's error code and message, and for 422 the per-field reasons.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields?: FieldErrors;
  /** retryAfter is the Retry-After header in seconds, when the server sent one. */
  readonly retryAfter?: number;
  /** details is the whole `error` object, for codes that carry more (e.g. `problems`). */
  readonly details?: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields?: FieldErrors,
    retryAfter?: number,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
    this.details = details;
  }
}

/** NETWORK_ERROR is the code of an ApiError for a request that never got an answer. */
export const NETWORK_ERROR = 'network_error';

/** parseRetryAfter reads a Retry-After value (seconds or an HTTP date) as whole seconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringFields(value: unknown): FieldErrors | undefined {
  if (!isRecord(value)) return undefined;
  const fields: FieldErrors = {};
  for (const [name, why] of Object.entries(value)) {
    if (typeof why === 'string') fields[name] = why;
  }
  return fields;
}

/**
 * parseError turns an error response into an ApiError. It accepts the documented
 * shape `{"error": {"code", "message", "fields"?}}` and anything else (a proxy's
 * HTML page, an empty body) without throwing.
 */
export function parseError(status: number, body: string, headers: Headers): ApiError {
  const retryAfter = parseRetryAfter(headers.get('Retry-After'));
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  return new ApiError(status, code, message, stringFields(error?.fields), retryAfter, error);
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/**
 * setUnauthorizedHandler sets what happens when an authenticated call gets 401
 * (the app sends the user back to the login page). Returns a function that
 * removes it.
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  onUnauthorized = handler;
  return () => {
    if (onUnauthorized === handler) onUnauthorized = null;
  };
}

/** RequestOptions shape one API call. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** body is sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /**
   * anonymous marks calls made before signing in (login, setup): their 401 is an
   * answer for the form, not an expired session.
   */
  anonymous?: boolean;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/**
 * request calls the API and returns the parsed JSON body (undefined for 204).
 * The session travels in the HttpOnly cookie, never in script-visible storage.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal, anonymous = false } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.');
  }

  if (!response.ok) {
    const error = parseError(response.status, await response.text(), response.headers);
    if (response.status === 401 && !anonymous) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

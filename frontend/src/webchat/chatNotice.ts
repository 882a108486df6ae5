import { ApiError } from '../api/client';

/** ChatNotice is a line above the composer about the last send. */
export type ChatNotice =
  | { kind: 'rate'; seconds?: number }
  | { kind: 'failed' }
  | { kind: 'tooLong' }
  | { kind: 'restarted' };

/** isGone tells an answer that means the conversation (or its token) no longer exists. */
export function isGone(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 404);
}

/** noticeFor says what went wrong with a send, for the customer. */
export function noticeFor(error: unknown): ChatNotice {
  if (error instanceof ApiError) {
    if (error.status === 429) return { kind: 'rate', seconds: error.retryAfter };
    if (error.status === 413 || error.status === 422) return { kind: 'tooLong' };
  }
  return { kind: 'failed' };
}

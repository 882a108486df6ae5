import { beforeEach, describe, expect, it } from 'vitest';
import { clearSession, loadSession, saveSession, sessionKey } from './visitorSession';

beforeEach(() => window.localStorage.clear());

describe('visitor session', () => {
  it('is remembered per public key', () => {
    saveSession('key1', { conversation_id: 7, visitor_token: 'vt_a', name: 'Anna' });
    expect(loadSession('key1')).toEqual({ conversation_id: 7, visitor_token: 'vt_a', name: 'Anna' });
    expect(loadSession('key2')).toBeNull();
    clearSession('key1');
    expect(loadSession('key1')).toBeNull();
  });

  it('ignores what is not a session', () => {
    for (const raw of ['nope', '{}', '{"conversation_id":1}', '{"conversation_id":1,"visitor_token":""}', 'null']) {
      window.localStorage.setItem(sessionKey('k'), raw);
      expect(loadSession('k')).toBeNull();
    }
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(loadSession('k', broken)).toBeNull();
    expect(() => saveSession('k', { conversation_id: 1, visitor_token: 't' }, broken)).not.toThrow();
    expect(() => clearSession('k', broken)).not.toThrow();
  });
});

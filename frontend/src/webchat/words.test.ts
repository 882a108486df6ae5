import { describe, expect, it } from 'vitest';
import { readChatLocation } from './chatLocation';
import { noticeFor } from './chatNotice';
import { ApiError } from '../api/client';
import { chatDictionaries, chatWords, pickChatLanguage } from './words';

describe('pickChatLanguage', () => {
  it('takes ?lang= first, then the browser, then English', () => {
    expect(pickChatLanguage('?lang=ru', ['en-US'])).toBe('ru');
    expect(pickChatLanguage('?embed=1&lang=EN', ['ru-RU'])).toBe('en');
    expect(pickChatLanguage('', ['de-DE', 'ru-RU'])).toBe('ru');
    expect(pickChatLanguage('?lang=fr', ['de'])).toBe('en');
  });
});

describe('chat words', () => {
  it('has every English key in Russian, translated', () => {
    const keys = Object.keys(chatDictionaries.en) as (keyof typeof chatDictionaries.en)[];
    expect(Object.keys(chatDictionaries.ru).sort()).toEqual([...keys].sort());
    expect(keys.filter((k) => chatDictionaries.ru[k] === chatDictionaries.en[k])).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(chatWords('en')('chat.rateLimited', { seconds: 3 })).toBe('You’re sending messages too fast. Try again in 3 s.');
  });
});

describe('readChatLocation', () => {
  it('reads the key and the widget flag', () => {
    expect(readChatLocation('/chat/Ab_9', '?embed=1')).toEqual({ publicKey: 'Ab_9', embedded: true });
    expect(readChatLocation('/chat/Ab_9/', '')).toEqual({ publicKey: 'Ab_9', embedded: false });
    expect(readChatLocation('/chat/', '')).toEqual({ publicKey: '', embedded: false });
    expect(readChatLocation('/chat/%E0%A4%A', '').publicKey).toBe('');
  });
});

describe('noticeFor', () => {
  it('says "too fast" with the wait, "too long", or "not sent"', () => {
    expect(noticeFor(new ApiError(429, 'rate_limited', 'x', undefined, 4))).toEqual({ kind: 'rate', seconds: 4 });
    expect(noticeFor(new ApiError(422, 'invalid', 'x'))).toEqual({ kind: 'tooLong' });
    expect(noticeFor(new ApiError(0, 'network_error', 'x'))).toEqual({ kind: 'failed' });
  });
});

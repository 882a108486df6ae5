import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { ru } from './ru';
import { detectLanguage, translate } from './language';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('gives every English key a non-empty Russian text', () => {
    const missing = keys.filter((key) => typeof ru[key] !== 'string' || ru[key].trim() === '');
    expect(missing).toEqual([]);
  });

  it('has no Russian key that English lacks', () => {
    const extra = Object.keys(ru).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const mismatched = keys.filter(
      (key) => placeholders(en[key]).join() !== placeholders(ru[key]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translates the interface, not just copies it', () => {
    const same = keys.filter(
      (key) => en[key] === ru[key] && !['app.name', 'lang.en', 'lang.ru'].includes(key),
    );
    expect(same).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(translate(en, 'login.rateLimited', { seconds: 12 })).toBe(
      'Too many attempts. Try again in 12 s.',
    );
    expect(translate(ru, 'login.rateLimited', { seconds: 12 })).toBe(
      'Слишком много попыток. Повторите через 12 с.',
    );
    expect(translate(en, 'login.rateLimited')).toContain('{seconds}');
  });
});

describe('detectLanguage', () => {
  it('prefers the saved choice', () => {
    expect(detectLanguage('ru', ['en-US'])).toBe('ru');
  });

  it('falls back to the first browser language we speak', () => {
    expect(detectLanguage(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLanguage('klingon', ['en-GB'])).toBe('en');
  });

  it('defaults to English', () => {
    expect(detectLanguage(null, ['fr-FR'])).toBe('en');
    expect(detectLanguage(null, [])).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { translate } from '../i18n/language';
import { ru } from '../i18n/ru';
import { localizeFields } from './localizeFields';

describe('localizeFields', () => {
  it('says known server reasons in the interface language', () => {
    const fields = {
      name: 'is required',
      email: 'must be an email address like name@example.com',
      password: 'must be at least 8 characters',
      bio: 'must be at most 100 characters',
    };
    expect(localizeFields(fields, (k, v) => translate(ru, k, v))).toEqual({
      name: 'Обязательное поле.',
      email: 'Введите адрес вида name@example.com.',
      password: 'Нужно не меньше 8 символов.',
      bio: 'Не длиннее 100 символов.',
    });
  });

  it('keeps an unknown reason readable', () => {
    expect(
      localizeFields({ role: 'must be one of: admin, manager' }, (k, v) => translate(en, k, v)),
    ).toEqual({
      role: 'Must be one of: admin, manager.',
    });
  });
});

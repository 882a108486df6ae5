import type { FieldErrors } from '../api/client';
import type { Translate } from '../i18n/language';

/** MIN_PASSWORD is the shortest password the server accepts. */
export const MIN_PASSWORD = 8;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Rule checks one field and returns why it is wrong, or undefined. */
export type Rule = (value: string, t: Translate) => string | undefined;

/** required refuses an empty (or blank) value. */
export const required: Rule = (value, t) => (value.trim() ? undefined : t('error.required'));

/** email refuses anything that does not look like an address. */
export const email: Rule = (value, t) =>
  !value.trim()
    ? t('error.required')
    : EMAIL.test(value.trim())
      ? undefined
      : t('error.emailInvalid');

/** password refuses passwords shorter than MIN_PASSWORD. */
export const password: Rule = (value, t) =>
  !value
    ? t('error.required')
    : value.length < MIN_PASSWORD
      ? t('error.passwordTooShort')
      : undefined;

/** optionalPassword is `password` for a field that may stay empty. */
export const optionalPassword: Rule = (value, t) => (value ? password(value, t) : undefined);

/**
 * validate runs each field's rule and returns the errors found (an empty object
 * when the form is fine). The server checks again; this only saves a round trip.
 */
export function validate(
  values: Record<string, string>,
  rules: Record<string, Rule>,
  t: Translate,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, rule] of Object.entries(rules)) {
    const why = rule(values[name] ?? '', t);
    if (why) errors[name] = why;
  }
  return errors;
}

/** hasErrors tells whether validate found anything. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

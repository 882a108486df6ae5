import { en, type MessageKey, type Messages } from './en';
import { ru } from './ru';

/** Lang is a language the interface speaks. */
export type Lang = 'en' | 'ru';

/** LANGS lists the languages in the order the switch offers them. */
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** dictionaries maps each language to its messages. */
export const dictionaries: Record<Lang, Messages> = { en, ru };

/** STORAGE_KEY is where the chosen language is remembered in localStorage. */
export const STORAGE_KEY = 'npsdesk.lang';

/** Vars are the values a message's `{placeholders}` are filled with. */
export type Vars = Record<string, string | number>;

/** Translate is the signature of `t`: a message key (and values) to text. */
export type Translate = (key: MessageKey, vars?: Vars) => string;

function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ru';
}

/**
 * detectLanguage picks the saved language if there is one, else the browser's
 * when we speak it, else English.
 */
export function detectLanguage(saved: string | null, browserLanguages: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/** readSavedLanguage returns the stored choice, tolerating a browser that blocks storage. */
export function readSavedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** saveLanguage remembers the choice; a blocked storage only means it is not remembered. */
export function saveLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
}

/** translate looks key up in messages and fills in `{name}` placeholders from vars. */
export function translate(messages: Messages, key: MessageKey, vars?: Vars): string {
  const text = messages[key] ?? en[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

import { en, type MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/language';
import type { Problem } from '../rules/problem';

/** problemKey is the dictionary key explaining a problem code, if there is one. */
function problemKey(code: string): MessageKey | null {
  const key = `bot.problem.${code}`;
  return key in en ? (key as MessageKey) : null;
}

/**
 * describeProblem is the sentence for a problem in the interface language,
 * said more precisely when the type of the step it concerns is known.
 * A code this build does not know (a newer server) falls back to the
 * server's own English message.
 */
export function describeProblem(p: Problem, t: Translate, stepType?: string): string {
  if (p.code === 'no_exit' && stepType === 'start') return t('bot.problem.no_exit_start');
  if (p.code === 'no_exit' && stepType === 'condition') return t('bot.problem.no_exit_condition');
  const key = problemKey(p.code);
  return key ? t(key) : p.message;
}

/** refusalKey is the key explaining why a connection cannot be drawn. */
export function describeRefusal(p: Problem, t: Translate): string {
  const key = `bot.refuse.${p.code}`;
  return key in en ? t(key as MessageKey) : describeProblem(p, t);
}

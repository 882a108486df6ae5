import { MAX_SCORE_ANSWER_LENGTH } from '../model/limits';
import { runeLength, trimLeftSpace, trimSpace } from '../rules/text';

/** SCORE_CAP bounds the numbers read; anything larger is off every scale. */
const SCORE_CAP = 1 << 20;

/** SEPARATORS sit between a score and the top of the scale ("8/10", "8 из 10"). */
const SEPARATORS = ['/', '／', 'out of', 'of', 'из'];

/**
 * parseScore reads a customer's answer to an NPS question as a whole number
 * from scaleMin to scaleMax, exactly as the server's bot.ParseScore: the
 * number alone or "n/10", "n of 10", "n out of 10", "n из 10" (the second
 * number must be scaleMax), full-width digits, leading zeros, white space
 * around. Signs, decimals, words, off-scale numbers and texts longer than 32
 * characters are refused with null.
 */
export function parseScore(text: string, scaleMin: number, scaleMax: number): number | null {
  if (runeLength(text) > MAX_SCORE_ANSWER_LENGTH) return null;
  const first = leadingNumber(trimSpace(text));
  if (!first) return null;
  if (first.rest !== '') {
    const rest = cutSeparator(trimLeftSpace(first.rest));
    if (rest === null) return null;
    const top = leadingNumber(trimLeftSpace(rest));
    if (!top || top.rest !== '' || top.n !== scaleMax) return null;
  }
  if (first.n < scaleMin || first.n > scaleMax) return null;
  return first.n;
}

/** leadingNumber reads the ASCII or full-width digits at the start of s. */
function leadingNumber(s: string): { n: number; rest: string } | null {
  let n = 0;
  let i = 0;
  const chars = [...s];
  for (; i < chars.length; i++) {
    const c = chars[i].codePointAt(0)!;
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (c >= 0xff10 && c <= 0xff19) d = c - 0xff10;
    else break;
    n = Math.min(n * 10 + d, SCORE_CAP);
  }
  return i > 0 ? { n, rest: chars.slice(i).join('') } : null;
}

/** cutSeparator removes a leading separator from s, ignoring case, or returns null. */
function cutSeparator(s: string): string | null {
  for (const sep of SEPARATORS) {
    if (s.slice(0, sep.length).toLowerCase() === sep) return s.slice(sep.length);
  }
  return null;
}

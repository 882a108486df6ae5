import { LIMITS } from '../model/limits';

/**
 * isSpace reports whether the code point c is white space as Go's
 * unicode.IsSpace sees it. JavaScript's trim() differs (it trims U+FEFF and
 * keeps U+0085), and the rules must agree with the server to the character.
 */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** trimSpace removes leading and trailing white space, like Go's strings.TrimSpace. */
export function trimSpace(s: string): string {
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && isSpace(chars[start].codePointAt(0)!)) start++;
  while (end > start && isSpace(chars[end - 1].codePointAt(0)!)) end--;
  return chars.slice(start, end).join('');
}

/** trimLeftSpace removes leading white space only. */
export function trimLeftSpace(s: string): string {
  const chars = [...s];
  let start = 0;
  while (start < chars.length && isSpace(chars[start].codePointAt(0)!)) start++;
  return chars.slice(start).join('');
}

/** isBlank reports whether s is empty after trimming white space. */
export function isBlank(s: string): boolean {
  return trimSpace(s) === '';
}

/** runeLength counts the code points of s (what the server's limits count). */
export function runeLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** lengthIn reports whether s is not blank and at most max characters long. */
export function lengthIn(s: string, max: number): boolean {
  return !isBlank(s) && runeLength(s) <= max;
}

const variablePattern = new RegExp(LIMITS.variable_pattern);

/** validVariable reports whether name matches the variable pattern of limits.json. */
export function validVariable(name: string): boolean {
  return variablePattern.test(name);
}

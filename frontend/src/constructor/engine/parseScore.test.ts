import { describe, expect, it } from 'vitest';
import { scaleButtons } from './machine';
import { parseScore } from './parseScore';

// The cases of server/bot/answer_test.go: [text, scale_min, expected score or null].
const cases: [string, number, number | null][] = [
  ['0', 0, 0],
  ['8', 0, 8],
  ['10', 0, 10],
  [' 8 ', 0, 8],
  ['\t8\n', 0, 8],
  ['\u00a08\u3000', 0, 8],
  ['08', 0, 8],
  ['0010', 0, 10],
  ['8/10', 0, 8],
  ['8 / 10', 0, 8],
  ['8/ 10', 0, 8],
  ['10/10', 0, 10],
  ['0/10', 0, 0],
  ['8 из 10', 0, 8],
  ['8 ИЗ 10', 0, 8],
  ['8из10', 0, 8],
  ['8 of 10', 0, 8],
  ['8 out of 10', 0, 8],
  ['8 Out Of 10', 0, 8],
  ['８', 0, 8],
  ['１０', 0, 10],
  ['８／１０', 0, 8],
  ['1', 1, 1],
  ['10', 1, 10],
  ['1/10', 1, 1],

  ['0', 1, null],
  ['-1', 0, null],
  ['+8', 0, null],
  ['11', 0, null],
  ['100', 0, null],
  ['7.5', 0, null],
  ['7,5', 0, null],
  ['8.', 0, null],
  ['', 0, null],
  ['   ', 0, null],
  ['seven', 0, null],
  ['восемь', 0, null],
  ['8/9', 0, null],
  ['8/100', 0, null],
  ['8/', 0, null],
  ['/10', 0, null],
  ['8 10', 0, null],
  ['8/10/10', 0, null],
  ['8 of', 0, null],
  ['about 8', 0, null],
  ['8 points', 0, null],
  ['8!', 0, null],
  ['1e1', 0, null],
  ['0x8', 0, null],
  ['٨', 0, null],
  ['99999999999999999999999999999', 0, null],
  ['8' + ' '.repeat(32), 0, null],
  [' '.repeat(31) + '8', 0, 8],
];

describe('parseScore agrees with bot.ParseScore', () => {
  it.each(cases)('%j on scale %d → %s', (text, min, want) => {
    expect(parseScore(text, min, 10)).toBe(want);
  });

  it('reads back every score button', () => {
    for (const min of [0, 1]) {
      for (const b of scaleButtons(min)) expect(String(parseScore(b.value, min, 10))).toBe(b.value);
    }
  });

  it('accepts nothing on an empty scale', () => {
    expect(parseScore('5', 6, 4)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell, ratingsCsv } from './csv';

describe('CSV', () => {
  it('quotes only what needs quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(9)).toBe('9');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('-5')).toBe('-5');
  });
  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@cmd')).toBe("'@cmd");
  });
  it('starts with a BOM and uses CRLF', () => {
    const csv = buildCsv(['a', 'b'], [[1, 'Пётр']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('a,b\r\n1,Пётр\r\n');
  });
  it('lays out ratings', () => {
    const csv = ratingsCsv(
      [{ created_at: '2026-11-25T10:00:00Z', score: 3, contact_name: 'Иван, ООО', manager: 'Mia', comment: 'Slow "support"', conversation_id: 7 }],
      (id) => `https://x/inbox/${id}`,
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'date,score,contact,manager,comment,conversation',
      '2026-11-25T10:00:00Z,3,"Иван, ООО",Mia,"Slow ""support""",https://x/inbox/7',
      '',
    ]);
  });
});

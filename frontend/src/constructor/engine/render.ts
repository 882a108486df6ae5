/** Lookup resolves a placeholder name, or returns undefined when it is unknown. */
export type Lookup = (name: string) => string | undefined;

/**
 * render fills the placeholders of text, as the server's bot.Render:
 * "{{score}}" and "{{ contact.name }}" become their values; a placeholder
 * whose name is unknown stays exactly as written, so a mistake shows instead
 * of vanishing. Values are inserted as they are and never rendered again.
 */
export function render(text: string, lookup: Lookup): string {
  if (!text.includes('{{')) return text;
  let out = '';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{{');
    if (open < 0) return out + rest;
    const found = placeholder(rest.slice(open));
    const value = found ? lookup(found.name) : undefined;
    if (found && value !== undefined) {
      out += rest.slice(0, open) + value;
      rest = rest.slice(open + found.size);
      continue;
    }
    // Not a known placeholder: keep its first brace and look again from the
    // next one, so "{{{score}}}" still fills the inner one.
    out += rest.slice(0, open + 1);
    rest = rest.slice(open + 1);
  }
}

/** renderWith fills placeholders from a map. */
export function renderWith(text: string, vars: Record<string, string> | null): string {
  return render(text, (name) => (vars && Object.hasOwn(vars, name) ? vars[name] : undefined));
}

const NAME = /^[A-Za-z0-9_.-]+/;
const BLANKS = /^[ \t]*/;

/** placeholder reads "{{ name }}" at the start of s: its name and length. */
function placeholder(s: string): { name: string; size: number } | null {
  let i = 2;
  i += BLANKS.exec(s.slice(i))![0].length;
  const name = NAME.exec(s.slice(i))?.[0] ?? '';
  i += name.length;
  i += BLANKS.exec(s.slice(i))![0].length;
  if (name === '' || !s.startsWith('}}', i)) return null;
  return { name, size: i + 2 };
}

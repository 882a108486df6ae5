import type { CSSProperties } from 'react';

/** initials are up to two letters from a name: "Anna Petrova" → "AP". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...word][0]?.toUpperCase() ?? '').join('') || '?';
}

function hue(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) % 360;
  return hash;
}

/** Avatar is a round badge with a person's initials, tinted by their name. */
export function Avatar({ name, size = 32 }: { name: string; size?: number }) {
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={
        {
          width: size,
          height: size,
          fontSize: size * 0.4,
          '--avatar-hue': hue(name),
        } as CSSProperties
      }
    >
      {initials(name)}
    </span>
  );
}

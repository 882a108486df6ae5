import type { ReactElement } from 'react';

/** toolDrawings are the constructor's tool icons, drawn like the app's icons (24×24, stroked). */
const toolDrawings = {
  undo: <path d="M9 14.5 4.5 10 9 5.5M4.5 10h10a5 5 0 0 1 0 10H11" />,
  redo: <path d="M15 14.5 19.5 10 15 5.5M19.5 10h-10a5 5 0 0 0 0 10H13" />,
  arrange: (
    <>
      <rect x="9" y="3.5" width="6" height="4.5" rx="1" />
      <rect x="3.5" y="16" width="6" height="4.5" rx="1" />
      <rect x="14.5" y="16" width="6" height="4.5" rx="1" />
      <path d="M12 8v4M6.5 16v-2a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v2" />
    </>
  ),
  upload: <path d="M12 15.5V4.5M7.5 9 12 4.5 16.5 9M4.5 15v3a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5v-3" />,
  download: <path d="M12 4.5v11M7.5 11l4.5 4.5 4.5-4.5M4.5 15v3a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5v-3" />,
} satisfies Record<string, ReactElement>;

/** ToolName names a tool icon. */
export type ToolName = keyof typeof toolDrawings;

/** ToolIcon draws a tool icon; decorative, the button carries the name. */
export function ToolIcon({ name, size = 18 }: { name: ToolName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      {toolDrawings[name]}
    </svg>
  );
}

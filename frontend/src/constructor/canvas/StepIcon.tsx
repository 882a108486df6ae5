import type { ReactElement } from 'react';

/** stepDrawings are the step types' icons on a 24×24 grid, in the app's line style. */
const stepDrawings: Record<string, ReactElement> = {
  start: <path d="M8 5.5v13l10.5-6.5z" />,
  message: (
    <>
      <path d="M4.5 6.5A2 2 0 0 1 6.5 4.5h11a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H10l-4 3.5v-3.5h0a1.5 1.5 0 0 1-1.5-1.5z" />
      <path d="M8.5 9h7M8.5 12h4.5" />
    </>
  ),
  nps_question: (
    <>
      <path d="M4 16.5a8 8 0 0 1 16 0" />
      <path d="M12 16.5 15.5 10" />
      <circle cx="12" cy="16.5" r="1.2" />
      <path d="M6.2 12.4 7.3 13M17.8 12.4 16.7 13M12 8.5v1.2" />
    </>
  ),
  question: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M9.7 9.6a2.4 2.4 0 1 1 3.4 2.2c-.7.3-1.1.9-1.1 1.6v.4" />
      <path d="M12 16.6v.1" />
    </>
  ),
  condition: (
    <>
      <path d="M12 3.5 19 10.5 12 17.5 5 10.5z" />
      <path d="M12 17.5v3M7.5 20.5h9" />
    </>
  ),
  internal_message: (
    <>
      <path d="M6.5 10a5.5 5.5 0 0 1 11 0c0 4.2 1.8 5.5 1.8 5.5H4.7s1.8-1.3 1.8-5.5" />
      <path d="M10.3 18.8a1.9 1.9 0 0 0 3.4 0" />
      <path d="M18.5 4.5 20 3M5.5 4.5 4 3" />
    </>
  ),
  pause: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  stop: (
    <>
      <circle cx="12" cy="12" r="8" />
      <rect x="9" y="9" width="6" height="6" rx="1" />
    </>
  ),
  unknown: (
    <>
      <rect x="4.5" y="4.5" width="15" height="15" rx="3" />
      <path d="M12 8.5v4.5M12 15.8v.1" />
    </>
  ),
};

/** StepIcon draws a step type's icon (decorative: the step's name is always written next to it). */
export function StepIcon({ type, size = 18 }: { type: string; size?: number }) {
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
      {stepDrawings[type] ?? stepDrawings.unknown}
    </svg>
  );
}

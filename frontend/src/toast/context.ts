import { createContext } from 'react';

/** ToastTone colours a toast. */
export type ToastTone = 'info' | 'success' | 'error' | 'alert';

/** ToastInput is what a caller asks to show. */
export interface ToastInput {
  message: string;
  title?: string;
  tone?: ToastTone;
  /** action is an optional button, e.g. "Open" on a notification toast. */
  action?: { label: string; onClick: () => void };
  /** duration in ms before it disappears on its own. */
  duration?: number;
}

/** Toast is a toast on screen. */
export interface Toast extends ToastInput {
  id: number;
  tone: ToastTone;
}

/** ToastApi shows and dismisses toasts. */
export interface ToastApi {
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
}

/** ToastContext carries the toast API; ToastProvider fills it. */
export const ToastContext = createContext<ToastApi | null>(null);

import { useEffect, useRef } from 'react';

/** Shortcuts are the constructor's keyboard commands. */
export interface Shortcuts {
  undo: () => void;
  redo: () => void;
  duplicate: () => void;
}

/** typing reports whether a key press belongs to a field, whose own undo must keep working. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * useShortcuts binds Ctrl+Z (undo), Ctrl+Shift+Z and Ctrl+Y (redo) and
 * Ctrl+D (duplicate) — Cmd on a Mac — while the constructor is open.
 * Delete and Backspace are React Flow's, on the canvas's selection.
 */
export function useShortcuts(shortcuts: Shortcuts): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) current.current.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') current.current.redo();
      else if (key === 'd') current.current.duplicate();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

import { createContext, useContext } from 'react';

/** CanvasActions are the edits a canvas element can make by itself (a connection's delete button). */
export interface CanvasActions {
  deleteEdge: (id: string) => void;
}

/** CanvasActionsContext carries the actions to the edges without putting functions in their data. */
export const CanvasActionsContext = createContext<CanvasActions>({ deleteEdge: () => undefined });

/** useCanvasActions returns the canvas actions. */
export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { sameDocument } from '../model/document';
import type { Graph } from '../model/graph';
import { commit, redo, startHistory, undo, type History } from '../model/history';

/** Selection is what is selected on the canvas: canvas state, never saved. */
export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

const NOTHING: Selection = { nodes: [], edges: [] };

/** Editor is the constructor's document state: the graph with its undo history, what was last saved, the selection. */
export interface Editor {
  graph: Graph;
  saved: Graph;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  selection: Selection;
  /** change applies a pure edit; edits with the same key in a burst make one undo step. */
  change: (edit: (g: Graph) => Graph, key?: string) => void;
  undo: () => void;
  redo: () => void;
  /** load replaces the graph (an import, a restore) as one undo step; `saved` marks it as what the server has. */
  load: (g: Graph, saved?: boolean) => void;
  /** markSaved records that `g` is what the server now holds. */
  markSaved: (g: Graph) => void;
  /** select sets the selection, or updates it from the previous one (several changes in one event). */
  select: (selection: Selection | ((previous: Selection) => Selection)) => void;
}

/** useEditor holds the document being edited. */
export function useEditor(initial: Graph): Editor {
  const [history, setHistory] = useState<History>(() => startHistory(initial));
  const [saved, setSaved] = useState(initial);
  const [selection, setSelection] = useState<Selection>(NOTHING);

  const change = useCallback((edit: (g: Graph) => Graph, key?: string) => {
    setHistory((h) => commit(h, edit(h.present), key));
  }, []);
  const load = useCallback((g: Graph, asSaved = false) => {
    setHistory((h) => commit(h, g));
    if (asSaved) setSaved(g);
    setSelection(NOTHING);
  }, []);

  const graph = history.present;
  // Forget selected steps and connections that no longer exist, so an undo
  // does not bring them back selected.
  useEffect(() => {
    setSelection((prev) => {
      const nodes = prev.nodes.filter((id) => graph.nodes.some((n) => n.id === id));
      const edges = prev.edges.filter((id) => graph.edges.some((e) => e.id === id));
      return nodes.length === prev.nodes.length && edges.length === prev.edges.length ? prev : { nodes, edges };
    });
  }, [graph]);
  const dirty = useMemo(() => !sameDocument(graph, saved), [graph, saved]);

  return {
    graph,
    saved,
    dirty,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    selection,
    change,
    undo: useCallback(() => setHistory(undo), []),
    redo: useCallback(() => setHistory(redo), []),
    load,
    markSaved: setSaved,
    select: setSelection,
  };
}

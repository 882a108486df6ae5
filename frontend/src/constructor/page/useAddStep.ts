import { useReactFlow } from '@xyflow/react';
import { useCallback, type RefObject } from 'react';
import { addNode } from '../model/edit';
import { freeSpot } from '../model/layout';
import { isNodeType, type Position } from '../model/graph';
import { newStepData } from '../model/newStep';
import type { Editor } from '../state/useEditor';
import { useNewStepTexts } from '../panel/useNewStepTexts';

/** A new step's size before it is measured: its drop point becomes its centre. */
const HALF_WIDTH = 120;
const HALF_HEIGHT = 40;

/**
 * useAddStep adds steps: where one is dropped, or in the middle of the view
 * (the palette's buttons), moved to the nearest free place when another
 * step is in the way. The new step is selected so its settings open.
 */
export function useAddStep(editor: Editor, canvas: RefObject<HTMLElement | null>, onAdded: (id: string, type: string) => void) {
  const { screenToFlowPosition, getNodes } = useReactFlow();
  const texts = useNewStepTexts();
  const { graph, change, select } = editor;

  const addAt = useCallback(
    (type: string, point: { x: number; y: number }) => {
      if (!isNodeType(type) || type === 'start') return;
      const p = screenToFlowPosition(point);
      const wanted: Position = { x: Math.round(p.x - HALF_WIDTH), y: Math.round(p.y - HALF_HEIGHT) };
      const boxes = getNodes().map((n) => ({
        ...n.position,
        width: n.measured?.width ?? 2 * HALF_WIDTH,
        height: n.measured?.height ?? 2 * HALF_HEIGHT,
      }));
      const position = freeSpot(wanted, { width: 2 * HALF_WIDTH, height: 2 * HALF_HEIGHT }, boxes);
      const added = addNode(graph, type, position, newStepData(type, texts));
      change(() => added.graph);
      select({ nodes: [added.id], edges: [] });
      onAdded(added.id, type);
    },
    [graph, change, select, screenToFlowPosition, getNodes, texts, onAdded],
  );

  const addInView = useCallback(
    (type: string) => {
      const rect = canvas.current?.getBoundingClientRect();
      if (rect) addAt(type, { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    },
    [addAt, canvas],
  );

  return { addAt, addInView };
}

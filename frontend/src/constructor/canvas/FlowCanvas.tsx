import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  type AriaLabelConfig,
  type ColorMode,
} from '@xyflow/react';
import { useMemo, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/useT';
import { removeElements } from '../model/edit';
import type { Problem } from '../rules/problem';
import type { Editor } from '../state/useEditor';
import { CanvasActionsContext } from './canvasActions';
import { ConnectionHint } from './ConnectionHint';
import { STEP_MIME } from './dnd';
import { edgeTypes } from './edgeTypes';
import type { LinkFlowEdge, StepFlowNode } from './flowTypes';
import { linkLabel, stepLabel } from './labels';
import { nodeTypes } from './nodeTypes';
import { problemsByStep, toFlowEdges, toFlowNodes, type Measured } from './toFlow';
import { useFlowHandlers } from './useFlowHandlers';

const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
const fitViewOptions = { padding: 0.25, maxZoom: 1 };
const proOptions = { hideAttribution: true };
const minimapStyle = { width: 150, height: 96 };

/**
 * FlowCanvas shows the bot on a React Flow canvas: pan, zoom, fit, minimap,
 * the steps with their problems, the preview's position, and the wiring
 * rules applied while connecting.
 */
export function FlowCanvas({
  editor,
  problems,
  activeStep,
  colorMode,
  onDropStep,
  onRefused,
  onMeasured,
  measured,
}: {
  editor: Editor;
  problems: readonly Problem[];
  activeStep: string | null;
  colorMode: ColorMode;
  onDropStep: (type: string, point: { x: number; y: number }) => void;
  onRefused: (problem: Problem) => void;
  onMeasured: (sizes: Map<string, { width: number; height: number }>) => void;
  measured: Measured;
}) {
  const t = useT();
  const { graph, selection, change } = editor;
  const { handlers, reconnecting } = useFlowHandlers(editor, onMeasured, onRefused);
  const [dragOver, setDragOver] = useState(false);

  const byStep = useMemo(() => problemsByStep(problems), [problems]);
  const invalidEdges = useMemo(() => new Set(problems.filter((p) => p.edge_id).map((p) => p.edge_id!)), [problems]);
  const nodes = useMemo(
    () => toFlowNodes(graph, byStep, selection, measured, activeStep, (n) => stepLabel(n, t)),
    [graph, byStep, selection, measured, activeStep, t],
  );
  const edges = useMemo(
    () => toFlowEdges(graph, invalidEdges, selection, (e) => linkLabel(e, graph, t)),
    [graph, invalidEdges, selection, t],
  );
  const actions = useMemo(
    () => ({ deleteEdge: (id: string) => change((g) => removeElements(g, [], [id])) }),
    [change],
  );
  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('bot.flow.node'),
      'node.a11yDescription.keyboardDisabled': t('bot.flow.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => t('bot.flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('bot.flow.edge'),
      'controls.ariaLabel': t('bot.flow.controls'),
      'controls.zoomIn.ariaLabel': t('bot.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('bot.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('bot.flow.fitView'),
      'controls.interactive.ariaLabel': t('bot.flow.interactive'),
      'minimap.ariaLabel': t('bot.flow.minimap'),
      'handle.ariaLabel': t('bot.flow.handle'),
    }),
    [t],
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(STEP_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragOver(true);
  };
  const onDrop = (event: DragEvent) => {
    setDragOver(false);
    const type = event.dataTransfer.getData(STEP_MIME);
    if (!type) return;
    event.preventDefault();
    onDropStep(type, { x: event.clientX, y: event.clientY });
  };

  return (
    <CanvasActionsContext.Provider value={actions}>
      <div
        className={dragOver ? 'bot-canvas bot-canvas-drop' : 'bot-canvas'}
        onDragOver={onDragOver}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <ReactFlow<StepFlowNode, LinkFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          {...handlers}
          edgesReconnectable
          deleteKeyCode={['Delete', 'Backspace']}
          defaultEdgeOptions={defaultEdgeOptions}
          connectionRadius={36}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.2}
          maxZoom={1.75}
          snapToGrid
          snapGrid={[8, 8]}
          colorMode={colorMode}
          proOptions={proOptions}
          ariaLabelConfig={ariaLabelConfig}
          aria-label={t('bot.canvas')}
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.4} />
          <Controls position="bottom-left" showInteractive={false} fitViewOptions={fitViewOptions} />
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            nodeBorderRadius={8}
            className="bot-minimap"
            style={minimapStyle}
            nodeClassName={(n) => `minimap-step minimap-${n.type}`}
          />
          <ConnectionHint graph={graph} reconnecting={reconnecting} />
        </ReactFlow>
      </div>
    </CanvasActionsContext.Provider>
  );
}

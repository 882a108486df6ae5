import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { useCanvasActions } from './canvasActions';
import type { LinkFlowEdge } from './flowTypes';

/**
 * LinkEdge is a connection: a curve from an output to the next step, red and
 * dashed when it breaks a rule, with a delete button in the middle while it
 * is selected.
 */
export function LinkEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  selected,
  data,
  markerEnd,
}: EdgeProps<LinkFlowEdge>) {
  const t = useT();
  const { deleteEdge } = useCanvasActions();
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const classes = ['link'];
  if (data?.invalid) classes.push('link-invalid');
  if (data?.handle === 'true') classes.push('link-yes');
  if (data?.handle === 'false') classes.push('link-no');
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={classes.join(' ')} interactionWidth={24} />
      {selected && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="link-delete nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label={t('bot.edge.delete')}
            title={t('bot.edge.delete')}
            onClick={() => deleteEdge(id)}
          >
            <Icon name="close" size={14} />
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

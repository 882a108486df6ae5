import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import type { StepFlowNode } from '../flowTypes';
import { StepCard } from './StepCard';

/** StopNode ends the run: an input, no output. */
export function StopNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  return (
    <StepCard data={data} type="stop" outputs="none">
      <p className="step-meta">{t('bot.node.end')}</p>
    </StepCard>
  );
}

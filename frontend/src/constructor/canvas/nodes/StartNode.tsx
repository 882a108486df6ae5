import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import type { StepFlowNode } from '../flowTypes';
import { StepCard } from './StepCard';

/** StartNode is where every run begins: no input, one output. */
export function StartNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  return (
    <StepCard data={data} type="start" input={false}>
      <p className="step-meta">{t('bot.node.begin')}</p>
    </StepCard>
  );
}

import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import { formatMinutes } from '../../panel/duration';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { useStepData } from './useStepData';

/** PauseNode waits a while before going on. */
export function PauseNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  const d = useStepData('pause', data.step.data);
  return (
    <StepCard data={data} type="pause">
      {d ? <p className="step-rule">{t('bot.node.wait', { duration: formatMinutes(d.minutes, t) })}</p> : <Malformed />}
    </StepCard>
  );
}

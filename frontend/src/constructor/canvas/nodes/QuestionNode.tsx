import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { TextPreview } from './TextPreview';
import { useStepData } from './useStepData';

/** QuestionNode asks anything and keeps the answer in a variable. */
export function QuestionNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  const d = useStepData('question', data.step.data);
  return (
    <StepCard data={data} type="question">
      {d ? (
        <>
          <TextPreview text={d.text} />
          {d.variable && (
            <p className="step-meta">{t('bot.node.saves', { name: d.variable })}</p>
          )}
        </>
      ) : (
        <Malformed />
      )}
    </StepCard>
  );
}

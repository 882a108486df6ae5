import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../i18n/useT';
import { LIMITS } from '../../model/limits';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { TextPreview } from './TextPreview';
import { useStepData } from './useStepData';

/** NpsQuestionNode asks for the score: its text and the row of score buttons the customer gets. */
export function NpsQuestionNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  const d = useStepData('nps_question', data.step.data);
  const scores: number[] = [];
  if (d && (d.scale_min === 0 || d.scale_min === 1)) {
    for (let s = d.scale_min; s <= LIMITS.scale_max; s++) scores.push(s);
  }
  return (
    <StepCard data={data} type="nps_question">
      {d ? (
        <>
          <TextPreview text={d.text} />
          <div className="step-scale" aria-label={t('bot.node.scale', { min: d.scale_min })}>
            {scores.map((s) => (
              <span key={s} className={s <= 6 ? 'step-score step-score-low' : s <= 8 ? 'step-score step-score-mid' : 'step-score step-score-high'}>
                {s}
              </span>
            ))}
          </div>
        </>
      ) : (
        <Malformed />
      )}
    </StepCard>
  );
}

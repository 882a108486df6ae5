import type { NodeProps } from '@xyflow/react';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { TextPreview } from './TextPreview';
import { useStepData } from './useStepData';

/** MessageNode sends a text, and maybe buttons, to the customer. */
export function MessageNode({ data }: NodeProps<StepFlowNode>) {
  const d = useStepData('message', data.step.data);
  return (
    <StepCard data={data} type="message">
      {d ? (
        <>
          <TextPreview text={d.text} />
          {d.buttons.length > 0 && (
            <ul className="step-chips">
              {d.buttons.map((b, i) => (
                <li key={i} className="step-chip">
                  {b.label || '…'}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Malformed />
      )}
    </StepCard>
  );
}

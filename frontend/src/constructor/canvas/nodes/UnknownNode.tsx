import type { NodeProps } from '@xyflow/react';
import type { StepFlowNode } from '../flowTypes';
import { StepCard } from './StepCard';

/** UnknownNode shows a step of a type this build does not know, so it can be seen and deleted. */
export function UnknownNode({ data }: NodeProps<StepFlowNode>) {
  return (
    <StepCard data={data} type={data.step.type}>
      <p className="step-meta">
        <code>{data.step.type}</code>
      </p>
    </StepCard>
  );
}

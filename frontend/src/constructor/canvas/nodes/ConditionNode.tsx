import type { NodeProps } from '@xyflow/react';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { useStepData } from './useStepData';

/** OPERATOR_SIGNS write a condition the way people read it. */
export const OPERATOR_SIGNS: Record<string, string> = { lte: '≤', lt: '<', eq: '=', gte: '≥', gt: '>' };

/** ConditionNode branches: "variable ≤ value", with labelled yes and no outputs. */
export function ConditionNode({ data }: NodeProps<StepFlowNode>) {
  const d = useStepData('condition', data.step.data);
  return (
    <StepCard data={data} type="condition" outputs="condition">
      {d ? (
        <p className="step-rule">
          <code className="step-var">{d.variable || '?'}</code>
          <span className="step-op">{OPERATOR_SIGNS[d.operator] ?? '?'}</span>
          <span className="step-value">{d.value ?? '?'}</span>
        </p>
      ) : (
        <Malformed />
      )}
    </StepCard>
  );
}

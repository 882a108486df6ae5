import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { Icon } from '../../../icons/Icon';
import type { MessageKey } from '../../../i18n/en';
import { useT } from '../../../i18n/useT';
import { isNodeType } from '../../model/graph';
import { describeProblem } from '../../problems/describe';
import type { StepData } from '../flowTypes';
import { StepIcon } from '../StepIcon';

/** Outputs says what leaves a step: one unnamed output, none, or a condition's yes and no. */
export type Outputs = 'one' | 'none' | 'condition';

/**
 * StepCard is the frame every step type shares: its input on top, a header
 * with the type's icon and name, the type's own body, its problems (red
 * outline and the first message), and its outputs at the bottom.
 */
export function StepCard({
  data,
  type,
  input = true,
  outputs = 'one',
  children,
}: {
  data: StepData;
  type: string;
  input?: boolean;
  outputs?: Outputs;
  children?: ReactNode;
}) {
  const t = useT();
  const { problems, active } = data;
  const name = t(isNodeType(type) ? (`bot.step.${type}` as MessageKey) : 'bot.step.unknown');
  const classes = ['step', `step-${type}`];
  if (problems.length > 0) classes.push('step-invalid');
  if (active) classes.push('step-active');

  return (
    <div className={classes.join(' ')} data-step={data.step.id} aria-invalid={problems.length > 0 || undefined}>
      {input && <Handle type="target" position={Position.Top} className="step-handle step-handle-in" isConnectableStart={false} />}
      <header className="step-head">
        <span className="step-icon">
          <StepIcon type={type} size={16} />
        </span>
        <span className="step-name">{name}</span>
        {active && (
          <span className="step-here" title={t('bot.node.here')}>
            <span className="sr-only">{t('bot.node.here')}</span>
          </span>
        )}
      </header>
      {children && <div className="step-body">{children}</div>}
      {problems.length > 0 && (
        <p className="step-problem" title={problems.map((p) => describeProblem(p, t, type)).join('\n')}>
          <Icon name="alert" size={14} />
          <span className="step-problem-text">{describeProblem(problems[0], t, type)}</span>
          {problems.length > 1 && <span className="step-problem-more">{t('bot.node.more', { count: problems.length - 1 })}</span>}
        </p>
      )}
      {outputs === 'one' && <Handle type="source" position={Position.Bottom} className="step-handle step-handle-out" />}
      {outputs === 'condition' && (
        <div className="step-branches">
          <span className="step-branch step-branch-yes">{t('bot.node.yes')}</span>
          <span className="step-branch step-branch-no">{t('bot.node.no')}</span>
          <Handle type="source" id="true" position={Position.Bottom} className="step-handle step-handle-out step-handle-yes" />
          <Handle type="source" id="false" position={Position.Bottom} className="step-handle step-handle-out step-handle-no" />
        </div>
      )}
    </div>
  );
}

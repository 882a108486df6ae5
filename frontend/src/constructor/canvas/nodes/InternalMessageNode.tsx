import type { NodeProps } from '@xyflow/react';
import { Avatar } from '../../../components/Avatar';
import { useT } from '../../../i18n/useT';
import { useTeam, userName } from '../../team';
import type { StepFlowNode } from '../flowTypes';
import { Malformed } from './Malformed';
import { StepCard } from './StepCard';
import { TextPreview } from './TextPreview';
import { useStepData } from './useStepData';

const SHOWN = 3;

/** InternalMessageNode notifies teammates: who, and what they read. */
export function InternalMessageNode({ data }: NodeProps<StepFlowNode>) {
  const t = useT();
  const { users } = useTeam();
  const d = useStepData('internal_message', data.step.data);
  if (!d) {
    return (
      <StepCard data={data} type="internal_message">
        <Malformed />
      </StepCard>
    );
  }
  const names = d.user_ids.map((id) => userName(users, id) ?? t('bot.field.deletedUser', { id }));
  return (
    <StepCard data={data} type="internal_message">
      {names.length === 0 ? (
        <p className="step-meta step-meta-warn">{t('bot.node.nobody')}</p>
      ) : (
        <p className="step-people">
          <span className="step-avatars" aria-hidden>
            {names.slice(0, SHOWN).map((name, i) => (
              <Avatar key={i} name={name} size={20} />
            ))}
          </span>
          <span className="step-people-names">
            {t('bot.node.to', {
              names: names.slice(0, SHOWN).join(', ') + (names.length > SHOWN ? ` ${t('bot.node.more', { count: names.length - SHOWN })}` : ''),
            })}
          </span>
        </p>
      )}
      <TextPreview text={d.text} />
    </StepCard>
  );
}

import type { InternalMessageData } from '../model/nodeData';
import type { FieldsProps } from './fieldsProps';
import { RecipientPicker } from './RecipientPicker';
import { PLACEHOLDERS, StepTextField } from './StepTextField';

/** InternalMessageFields edit an alert to the team: who gets it and what it says. */
export function InternalMessageFields({ data, onPatch, errors }: FieldsProps<InternalMessageData>) {
  return (
    <>
      <RecipientPicker ids={data.user_ids} onChange={(user_ids) => onPatch({ user_ids }, 'recipients')} error={errors.recipients} />
      <StepTextField
        value={data.text}
        onChange={(text) => onPatch({ text }, 'text')}
        error={errors.text}
        placeholders={[PLACEHOLDERS.score, PLACEHOLDERS.contact, PLACEHOLDERS.conversation]}
      />
    </>
  );
}

import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import type { QuestionData } from '../model/nodeData';
import type { FieldsProps } from './fieldsProps';
import { PLACEHOLDERS, StepTextField } from './StepTextField';

/** QuestionFields edit a free-text question: its text and the variable the answer goes into. */
export function QuestionFields({ data, onPatch, errors }: FieldsProps<QuestionData>) {
  const t = useT();
  return (
    <>
      <StepTextField
        value={data.text}
        onChange={(text) => onPatch({ text }, 'text')}
        error={errors.text}
        placeholders={[PLACEHOLDERS.contact, PLACEHOLDERS.score]}
      />
      <TextField
        label={t('bot.field.saveAs')}
        value={data.variable}
        spellCheck={false}
        autoComplete="off"
        error={errors.variable}
        hint={t('bot.field.saveAsHint')}
        onChange={(event) => onPatch({ variable: event.target.value }, 'variable')}
      />
    </>
  );
}

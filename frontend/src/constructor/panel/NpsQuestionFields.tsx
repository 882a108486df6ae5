import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import type { NpsQuestionData } from '../model/nodeData';
import type { FieldsProps } from './fieldsProps';
import { PLACEHOLDERS, StepTextField } from './StepTextField';

/** NpsQuestionFields edit the survey question: its text and its scale. */
export function NpsQuestionFields({ data, onPatch, errors }: FieldsProps<NpsQuestionData>) {
  const t = useT();
  return (
    <>
      <StepTextField
        value={data.text}
        onChange={(text) => onPatch({ text }, 'text')}
        error={errors.text}
        placeholders={[PLACEHOLDERS.contact]}
      />
      <SelectField
        label={t('bot.field.scale')}
        value={String(data.scale_min)}
        error={errors.scale}
        hint={t('bot.field.scaleHint')}
        onChange={(event) => onPatch({ scale_min: Number(event.target.value) }, 'scale')}
        options={[
          ...(data.scale_min === 0 || data.scale_min === 1 ? [] : [{ value: String(data.scale_min), label: String(data.scale_min) }]),
          { value: '0', label: t('bot.field.scale0') },
          { value: '1', label: t('bot.field.scale1') },
        ]}
      />
    </>
  );
}

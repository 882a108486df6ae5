import { useEffect, useId, useState } from 'react';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { OPERATORS } from '../model/limits';
import type { ConditionData } from '../model/nodeData';
import type { FieldsProps } from './fieldsProps';

/**
 * ConditionFields edit a condition: "continue by yes when <variable>
 * <comparison> <value>". The value is typed as text and kept only when it is
 * a number; an empty box removes it (and the rules say so).
 */
export function ConditionFields({ data, onPatch, errors, variables }: FieldsProps<ConditionData> & { variables: string[] }) {
  const t = useT();
  const listId = useId();
  const [value, setValue] = useState(data.value === undefined ? '' : String(data.value));
  useEffect(() => {
    // Follow undo/redo and other outside changes without fighting the user's typing.
    setValue((typed) => (Number(typed.replace(',', '.')) === data.value && typed.trim() !== '' ? typed : data.value === undefined ? '' : String(data.value)));
  }, [data.value]);

  const onValue = (typed: string) => {
    setValue(typed);
    const trimmed = typed.trim().replace(',', '.');
    const n = trimmed === '' ? undefined : Number(trimmed);
    if (n === undefined || Number.isFinite(n)) onPatch({ value: n }, 'value');
  };

  return (
    <fieldset className="field fieldset">
      <legend className="field-label">{t('bot.field.if')}</legend>
      <div className="condition-grid">
        <TextField
          label={t('bot.field.variable')}
          value={data.variable}
          list={listId}
          spellCheck={false}
          autoComplete="off"
          error={errors.variable}
          onChange={(event) => onPatch({ variable: event.target.value }, 'variable')}
        />
        <datalist id={listId}>
          {variables.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <SelectField
          label={t('bot.field.operator')}
          value={data.operator}
          error={errors.operator}
          onChange={(event) => onPatch({ operator: event.target.value }, 'operator')}
          options={[
            ...((OPERATORS as readonly string[]).includes(data.operator) ? [] : [{ value: data.operator, label: data.operator || '—' }]),
            ...OPERATORS.map((op) => ({ value: op, label: t(`bot.op.${op}` as MessageKey) })),
          ]}
        />
        <TextField
          label={t('bot.field.compareWith')}
          value={value}
          inputMode="decimal"
          autoComplete="off"
          error={errors.value}
          onChange={(event) => onValue(event.target.value)}
        />
      </div>
      <p className="field-hint">{t('bot.field.conditionHint')}</p>
    </fieldset>
  );
}

import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { LIMITS } from '../model/limits';
import type { Button, MessageData } from '../model/nodeData';
import type { FieldsProps } from './fieldsProps';
import { PLACEHOLDERS, StepTextField } from './StepTextField';

/** MessageFields edit a message: its text and its buttons. */
export function MessageFields({ data, onPatch, errors }: FieldsProps<MessageData>) {
  const t = useT();
  const setButton = (i: number, patch: Partial<Button>) =>
    onPatch({ buttons: data.buttons.map((b, j) => (j === i ? { ...b, ...patch } : b)) }, `button:${i}:${Object.keys(patch)[0]}`);

  return (
    <>
      <StepTextField
        value={data.text}
        onChange={(text) => onPatch({ text }, 'text')}
        error={errors.text}
        placeholders={[PLACEHOLDERS.contact, PLACEHOLDERS.conversation, PLACEHOLDERS.score]}
      />
      <fieldset className={errors.buttons ? 'field fieldset field-invalid' : 'field fieldset'}>
        <legend className="field-label">{t('bot.field.buttons')}</legend>
        {data.buttons.length > 0 && (
          <div className="button-rows">
            <span className="button-rows-head" aria-hidden>
              {t('bot.field.label')}
            </span>
            <span className="button-rows-head" aria-hidden>
              {t('bot.field.value')}
            </span>
            <span />
            {data.buttons.map((b, i) => (
              <div key={i} className="button-row">
                <input
                  className="input input-small"
                  value={b.label}
                  maxLength={LIMITS.max_button_label_length * 2}
                  aria-label={t('bot.field.buttonLabel', { n: i + 1 })}
                  onChange={(event) => setButton(i, { label: event.target.value })}
                />
                <input
                  className="input input-small"
                  value={b.value}
                  maxLength={LIMITS.max_button_value_length * 2}
                  aria-label={t('bot.field.buttonValue', { n: i + 1 })}
                  onChange={(event) => setButton(i, { value: event.target.value })}
                />
                <button
                  type="button"
                  className="icon-button icon-button-small"
                  aria-label={t('bot.field.removeButton', { n: i + 1 })}
                  onClick={() => onPatch({ buttons: data.buttons.filter((_, j) => j !== i) }, 'buttons')}
                >
                  <Icon name="close" size={16} />
                </button>
              </div>
            ))}
          </div>
        )}
        <button
          type="button"
          className="btn btn-secondary btn-small"
          disabled={data.buttons.length >= LIMITS.max_buttons}
          onClick={() => {
            const n = String(data.buttons.length + 1);
            onPatch({ buttons: [...data.buttons, { label: n, value: n }] }, 'buttons');
          }}
        >
          <Icon name="plus" size={16} />
          {t('bot.field.addButton')}
        </button>
        <p className={errors.buttons ? 'field-error' : 'field-hint'}>
          {errors.buttons ?? t('bot.field.buttonsHint', { max: LIMITS.max_buttons })}
        </p>
      </fieldset>
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import type { PauseData } from '../model/nodeData';
import { splitMinutes, UNIT_MINUTES, type DurationUnit } from './duration';
import type { FieldsProps } from './fieldsProps';

const UNITS: DurationUnit[] = ['minutes', 'hours', 'days'];

/** PauseFields edit how long a pause waits, in minutes, hours or days (stored as minutes). */
export function PauseFields({ data, onPatch, errors }: FieldsProps<PauseData>) {
  const t = useT();
  const id = useId();
  const [unit, setUnit] = useState<DurationUnit>(() => splitMinutes(data.minutes).unit);
  const [amount, setAmount] = useState(() => String(splitMinutes(data.minutes).amount));
  useEffect(() => {
    // Follow outside changes (undo) unless they already match what is typed.
    if (Number(amount) * UNIT_MINUTES[unit] === data.minutes) return;
    const split = splitMinutes(data.minutes);
    setUnit(split.unit);
    setAmount(String(split.amount));
  }, [data.minutes]);

  const commit = (nextAmount: string, nextUnit: DurationUnit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const n = Number(nextAmount);
    if (nextAmount.trim() !== '' && Number.isFinite(n)) onPatch({ minutes: Math.round(n * UNIT_MINUTES[nextUnit]) }, 'minutes');
  };

  return (
    <div className={errors.minutes ? 'field field-invalid' : 'field'} role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {t('bot.field.wait')}
      </span>
      <div className="pause-row">
        <input
          className="input"
          type="number"
          min={1}
          step={1}
          value={amount}
          aria-label={t('bot.field.amount')}
          aria-invalid={errors.minutes ? true : undefined}
          aria-describedby={`${id}-note`}
          onChange={(event) => commit(event.target.value, unit)}
        />
        <div className="field-control select-control">
          <select className="input select" value={unit} aria-label={t('bot.field.unit')} onChange={(event) => commit(amount, event.target.value as DurationUnit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`bot.unit.${u}`)}
              </option>
            ))}
          </select>
          <Icon name="chevronDown" size={16} className="select-chevron" />
        </div>
      </div>
      <p className={errors.minutes ? 'field-error' : 'field-hint'} id={`${id}-note`}>
        {errors.minutes ?? t('bot.field.waitHint')}
      </p>
    </div>
  );
}

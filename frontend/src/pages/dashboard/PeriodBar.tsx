import type { User } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { PRESETS, type PeriodState, type PresetId } from './period';

/** PeriodBar is the dashboard's period picker and user filter. */
export function PeriodBar({
  value,
  users,
  onChange,
}: {
  value: PeriodState;
  users: User[];
  onChange: (next: Partial<PeriodState>) => void;
}) {
  const t = useT();
  return (
    <div className="period-bar">
      <div className="field">
        <span className="field-label" id="period-label">
          {t('period.label')}
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby="period-label">
          {PRESETS.map((p: PresetId) => (
            <button
              key={p}
              type="button"
              role="radio"
              aria-checked={value.preset === p}
              className="segmented-item"
              onClick={() => onChange({ preset: p })}
            >
              {t(`period.${p}`)}
            </button>
          ))}
        </div>
      </div>
      {value.preset === 'custom' && (
        <>
          <label className="field">
            <span className="field-label">{t('period.from')}</span>
            <input
              type="date"
              className="input"
              value={value.from}
              max={value.to}
              onChange={(e) => e.target.value && onChange({ from: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('period.to')}</span>
            <input
              type="date"
              className="input"
              value={value.to}
              min={value.from}
              onChange={(e) => e.target.value && onChange({ to: e.target.value })}
            />
          </label>
        </>
      )}
      <SelectField
        label={t('filter.user')}
        value={value.user}
        onChange={(e) => onChange({ user: e.target.value })}
        options={[{ value: '', label: t('filter.allUsers') }, ...users.map((u) => ({ value: String(u.id), label: u.name }))]}
      />
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { updateNpsSettings, type NpsSettings, type NpsSettingsPatch } from '../api/nps';
import { EditBotLink } from '../constructor/EditBotLink';
import { FormAlert } from '../components/FormAlert';
import { Switch } from '../components/Switch';
import { TextField } from '../components/TextField';
import { useTeam } from '../directory/useTeam';
import { describeError } from '../forms/describeError';
import { useT } from '../i18n/useT';
import type { Translate } from '../i18n/language';
import { Icon } from '../icons/Icon';
import { useSession } from '../session/useSession';
import { useToast } from '../toast/useToast';
import { setNpsSettings, useNpsSettings } from './useNpsSettings';
import './nps.css';

const MAX_TIMEOUT_HOURS = 720;
const MAX_COOLDOWN_DAYS = 365;

type Fields = { answer_timeout_hours?: string; cooldown_days?: string };

/** wholeIn reads a whole number within [min, max], or null. */
function wholeIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** localFieldErrors turns the server's per-field reasons into the user's language. */
function localFieldErrors(error: unknown, t: Translate): Fields | null {
  if (!(error instanceof ApiError) || error.status !== 422 || !error.fields) return null;
  const out: Fields = {};
  if (error.fields.answer_timeout_hours) out.answer_timeout_hours = t('nps.timeoutInvalid', { max: MAX_TIMEOUT_HOURS });
  if (error.fields.cooldown_days) out.cooldown_days = t('nps.cooldownInvalid', { max: MAX_COOLDOWN_DAYS });
  return Object.keys(out).length ? out : null;
}

/** useBotSummary says in words what the NPS bot does with a score. */
function useBotSummary(settings: NpsSettings): string {
  const t = useT();
  const team = useTeam();
  if (settings.critical_value === null || settings.critical_value === undefined) return t('nps.summaryNoCondition');
  const names = settings.recipients.map((id) => team.byId(id)?.name).filter((n): n is string => !!n);
  const unknown = settings.recipients.length - names.length;
  const people = [...names, ...(unknown > 0 && names.length === 0 ? ['…'] : [])];
  const list =
    people.length <= 1 ? (people[0] ?? '') : `${people.slice(0, -1).join(', ')}${t('nps.and')}${people[people.length - 1]}`;
  const value = settings.critical_value;
  if (settings.recipients.length === 0) return t('nps.summaryNobody', { value });
  return t(settings.critical_operator === 'lt' ? 'nps.summaryLt' : 'nps.summary', { value, people: list });
}

/**
 * NpsSettingsSection is the top of Settings → Chats and messengers: the NPS switch
 * (administrators; managers see the state), Edit NPS bot, the bot in a sentence, and
 * the answer timeout and per-contact cooldown.
 */
export function NpsSettingsSection() {
  const t = useT();
  const { settings, failed, retry } = useNpsSettings();
  return (
    <section className="settings-block nps-settings" aria-labelledby="nps-settings-title">
      <div className="nps-card">
        <div className="nps-head">
          <span className="edit-bot-icon" aria-hidden>
            <Icon name="star" size={22} />
          </span>
          <div className="nps-head-text">
            <h2 className="card-title" id="nps-settings-title">
              {t('nps.title')}
            </h2>
            <p className="card-text">{t('nps.subtitle')}</p>
          </div>
          <EditBotLink compact />
        </div>
        {failed && (
          <FormAlert>
            {t('nps.loadError')}{' '}
            <button type="button" className="link-button" onClick={retry}>
              {t('common.retry')}
            </button>
          </FormAlert>
        )}
        {!settings && !failed && <div className="nps-skeleton" aria-busy="true" aria-label={t('app.loading')} />}
        {settings && <NpsSettingsBody settings={settings} />}
      </div>
    </section>
  );
}

function NpsSettingsBody({ settings }: { settings: NpsSettings }) {
  const t = useT();
  const toast = useToast();
  const { user } = useSession();
  const admin = user.role === 'admin';
  const summary = useBotSummary(settings);
  const [switching, setSwitching] = useState(false);
  const [timeout, setTimeoutText] = useState(String(settings.answer_timeout_hours));
  const [cooldown, setCooldown] = useState(String(settings.cooldown_days));
  const [errors, setErrors] = useState<Fields>({});
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);

  // Another administrator's change (a frame) shows here unless this form has edits.
  const [base, setBase] = useState(settings);
  useEffect(() => {
    if (settings === base) return;
    if (timeout === String(base.answer_timeout_hours)) setTimeoutText(String(settings.answer_timeout_hours));
    if (cooldown === String(base.cooldown_days)) setCooldown(String(settings.cooldown_days));
    setBase(settings);
  }, [settings, base, timeout, cooldown]);

  const save = async (patch: NpsSettingsPatch) => {
    const saved = await updateNpsSettings(patch);
    setNpsSettings(saved);
    return saved;
  };

  const toggle = async () => {
    setSwitching(true);
    try {
      const saved = await save({ enabled: !settings.enabled });
      toast.show({ tone: 'success', message: t(saved.enabled ? 'nps.switchedOn' : 'nps.switchedOff') });
    } catch (error) {
      toast.show({ tone: 'error', message: describeError(error, t) });
    } finally {
      setSwitching(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError('');
    const hours = wholeIn(timeout, 1, MAX_TIMEOUT_HOURS);
    const days = wholeIn(cooldown, 0, MAX_COOLDOWN_DAYS);
    const local: Fields = {};
    if (hours === null) local.answer_timeout_hours = t('nps.timeoutInvalid', { max: MAX_TIMEOUT_HOURS });
    if (days === null) local.cooldown_days = t('nps.cooldownInvalid', { max: MAX_COOLDOWN_DAYS });
    setErrors(local);
    if (hours === null || days === null) return;
    setSaving(true);
    try {
      const saved = await save({ answer_timeout_hours: hours, cooldown_days: days });
      setTimeoutText(String(saved.answer_timeout_hours));
      setCooldown(String(saved.cooldown_days));
      toast.show({ tone: 'success', message: t('nps.saved') });
    } catch (error) {
      const fields = localFieldErrors(error, t);
      if (fields) setErrors(fields);
      else setFormError(describeError(error, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Switch
        id="nps-switch"
        checked={settings.enabled}
        name={t('nps.switch')}
        label={
          <>
            {t('nps.switch')}: <strong>{t(settings.enabled ? 'nps.on' : 'nps.off')}</strong>
          </>
        }
        hint={t(settings.enabled ? 'nps.onHint' : 'nps.offHint')}
        disabled={!admin || switching}
        onToggle={toggle}
      />
      <p className="nps-summary" data-testid="nps-summary">
        {summary}
      </p>
      {!admin && <p className="channels-note">{t('nps.managerNote')}</p>}
      <form className="nps-form" onSubmit={submit} noValidate>
        <TextField
          label={t('nps.timeout')}
          hint={t('nps.timeoutHint')}
          error={errors.answer_timeout_hours}
          inputMode="numeric"
          value={timeout}
          readOnly={!admin}
          onChange={(e) => setTimeoutText(e.target.value)}
        />
        <TextField
          label={t('nps.cooldown')}
          hint={t('nps.cooldownHint')}
          error={errors.cooldown_days}
          inputMode="numeric"
          value={cooldown}
          readOnly={!admin}
          onChange={(e) => setCooldown(e.target.value)}
        />
        {admin && (
          <div className="nps-form-actions">
            <button type="submit" className="btn btn-primary" disabled={saving}>
              {t(saving ? 'common.saving' : 'common.save')}
            </button>
          </div>
        )}
        {formError && <FormAlert>{formError}</FormAlert>}
      </form>
    </>
  );
}

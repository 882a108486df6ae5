import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import {
  getWebhook,
  listWebhookDeliveries,
  saveWebhook,
  testWebhook,
  type WebhookDelivery,
  type WebhookSettings,
} from '../../../api/integrations';
import { CopyButton } from '../../../components/CopyButton';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { Switch } from '../../../components/Switch';
import { TextField } from '../../../components/TextField';
import { describeError } from '../../../forms/describeError';
import { Icon } from '../../../icons/Icon';
import { useT } from '../../../i18n/useT';
import { useToast } from '../../../toast/useToast';
import { DeliveriesTable } from './DeliveriesTable';
import { RotateSecretDialog } from './RotateSecretDialog';

/** VERIFY_SNIPPET is the one line a receiver needs to check a request's signature (Node.js). */
export const VERIFY_SNIPPET =
  "const ok = 'sha256=' + crypto.createHmac('sha256', secret).update(rawBody).digest('hex') === req.headers['x-npsdesk-signature'];";

/** MAX_URL is the longest URL the server accepts. */
const MAX_URL = 2000;

/** validUrl mirrors the server's check: empty, or an absolute http(s) URL with a host. */
export function validUrl(value: string): boolean {
  if (value === '') return true;
  if (value.length > MAX_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

/** POLL_MS is how often the deliveries log is refreshed while something is pending. */
const POLL_MS = 1500;

/**
 * WebhookSection is the webhook part of Settings → Integrations: the URL and switch,
 * the signing secret (masked, with Show, Copy and Rotate), Send test, how to check the
 * signature, and the recent deliveries.
 */
export function WebhookSection() {
  const t = useT();
  const toast = useToast();
  const [settings, setSettings] = useState<WebhookSettings | null>(null);
  const [failed, setFailed] = useState(false);
  const [url, setUrl] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [urlError, setUrlError] = useState('');
  const [formError, setFormError] = useState('');
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState(false);
  const [showSecret, setShowSecret] = useState(false);
  const [rotating, setRotating] = useState(false);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);

  const adopt = (saved: WebhookSettings) => {
    setSettings(saved);
    setUrl(saved.url);
    setEnabled(saved.enabled);
  };

  const load = useCallback(() => {
    setFailed(false);
    getWebhook().then(adopt, () => setFailed(true));
  }, []);
  useEffect(load, [load]);

  const loadDeliveries = useCallback(() => {
    listWebhookDeliveries().then(
      (list) => setDeliveries(list.items),
      () => setDeliveries((list) => list ?? []),
    );
  }, []);
  useEffect(loadDeliveries, [loadDeliveries]);

  // While a delivery waits for an answer, look again every moment.
  const pending = deliveries?.some((d) => d.status === 'pending') ?? false;
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(loadDeliveries, POLL_MS);
    return () => clearInterval(timer);
  }, [pending, loadDeliveries]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError('');
    const value = url.trim();
    const local = !validUrl(value)
      ? t('integrations.webhook.urlInvalid')
      : enabled && value === ''
        ? t('integrations.webhook.urlRequired')
        : '';
    setUrlError(local);
    if (local) return;
    setSaving(true);
    try {
      adopt(await saveWebhook({ url: value, enabled }));
      toast.show({ tone: 'success', message: t('integrations.webhook.saved') });
    } catch (error) {
      if (error instanceof ApiError && error.fields?.url) setUrlError(t('integrations.webhook.urlInvalid'));
      else setFormError(describeError(error, t));
    } finally {
      setSaving(false);
    }
  };

  const sendTest = async () => {
    setTesting(true);
    try {
      const queued = await testWebhook();
      setDeliveries((list) => [queued, ...(list ?? []).filter((d) => String(d.id) !== String(queued.id))]);
      toast.show({ tone: 'success', message: t('integrations.webhook.testQueued') });
    } catch (error) {
      const message =
        error instanceof ApiError && error.code === 'webhook_not_configured'
          ? t('integrations.webhook.testNeedsUrl')
          : describeError(error, t);
      toast.show({ tone: 'error', message });
    } finally {
      setTesting(false);
    }
  };

  return (
    <section className="settings-block integrations-block" aria-label={t('integrations.webhook.title')}>
      <PageHeader level={2} title={t('integrations.webhook.title')} subtitle={t('integrations.webhook.subtitle')} />
      {failed && (
        <FormAlert>
          {t('integrations.webhook.loadError')}{' '}
          <button type="button" className="link-button" onClick={load}>
            {t('common.retry')}
          </button>
        </FormAlert>
      )}
      {!settings && !failed && <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />}
      {settings && (
        <div className="card integrations-card">
          <form className="webhook-form" onSubmit={submit} noValidate>
            {formError && <FormAlert>{formError}</FormAlert>}
            <TextField
              label={t('integrations.webhook.url')}
              hint={t('integrations.webhook.urlHint')}
              error={urlError}
              type="url"
              inputMode="url"
              placeholder="https://example.com/hooks/npsdesk"
              maxLength={MAX_URL + 100}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
            <Switch
              id="webhook-switch"
              checked={enabled}
              name={t('integrations.webhook.switch')}
              label={
                <>
                  {t('integrations.webhook.switch')}:{' '}
                  <strong>{t(enabled ? 'integrations.webhook.on' : 'integrations.webhook.off')}</strong>
                </>
              }
              hint={t(enabled ? 'integrations.webhook.onHint' : 'integrations.webhook.offHint')}
              onToggle={() => setEnabled((on) => !on)}
            />
            <div className="webhook-actions">
              <button type="submit" className="btn btn-primary" disabled={saving}>
                {saving ? t('common.saving') : t('common.save')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={testing || !settings.url}
                onClick={sendTest}
                title={settings.url ? undefined : t('integrations.webhook.testNeedsUrl')}
              >
                <Icon name="send" size={16} />
                {t('integrations.webhook.test')}
              </button>
            </div>
          </form>

          <div className="webhook-secret">
            <span className="field-label" id="webhook-secret-label">
              {t('integrations.webhook.secret')}
            </span>
            {settings.secret ? (
              <div className="copy-row">
                <input
                  className="input copy-value"
                  readOnly
                  type={showSecret ? 'text' : 'password'}
                  value={settings.secret}
                  aria-labelledby="webhook-secret-label"
                  data-testid="webhook-secret"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button
                  type="button"
                  className="btn btn-secondary btn-small"
                  aria-pressed={showSecret}
                  onClick={() => setShowSecret((on) => !on)}
                >
                  <Icon name={showSecret ? 'eyeOff' : 'eye'} size={16} />
                  {t(showSecret ? 'integrations.webhook.hide' : 'integrations.webhook.show')}
                </button>
                <CopyButton text={settings.secret} label={t('integrations.webhook.copySecret')} />
                <button type="button" className="btn btn-ghost btn-small btn-danger-text" onClick={() => setRotating(true)}>
                  <Icon name="rotate" size={16} />
                  {t('integrations.webhook.rotate')}
                </button>
              </div>
            ) : (
              <p className="field-hint">{t('integrations.webhook.secretNone')}</p>
            )}
            {settings.secret && <p className="field-hint">{t('integrations.webhook.secretHint')}</p>}
          </div>

          <div className="webhook-verify">
            <h3 className="integrations-subtitle">{t('integrations.webhook.verifyTitle')}</h3>
            <p className="field-hint">{t('integrations.webhook.verifyText')}</p>
            <pre className="code-block" tabIndex={0} aria-label={t('integrations.webhook.verifyTitle')}>
              <code>{VERIFY_SNIPPET}</code>
            </pre>
          </div>
        </div>
      )}

      <div className="deliveries-head">
        <h3 className="integrations-subtitle">{t('integrations.deliveries.title')}</h3>
        <button type="button" className="btn btn-ghost btn-small" onClick={loadDeliveries}>
          <Icon name="rotate" size={16} />
          {t('integrations.deliveries.refresh')}
        </button>
      </div>
      {!deliveries && <div className="skeleton-table" aria-busy="true" aria-label={t('app.loading')} />}
      {deliveries && <DeliveriesTable deliveries={deliveries} />}

      <RotateSecretDialog
        open={rotating}
        onClose={() => setRotating(false)}
        onRotated={(saved) => {
          setSettings(saved);
          setRotating(false);
          toast.show({ tone: 'success', message: t('integrations.webhook.rotated') });
        }}
      />
    </section>
  );
}

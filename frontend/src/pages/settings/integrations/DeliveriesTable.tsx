import type { WebhookDelivery } from '../../../api/integrations';
import { EmptyState } from '../../../components/EmptyState';
import { RelativeTime } from '../../../components/RelativeTime';
import type { MessageKey } from '../../../i18n/en';
import { useT } from '../../../i18n/useT';

const statusKeys: Record<WebhookDelivery['status'], MessageKey> = {
  pending: 'integrations.deliveries.status.pending',
  delivered: 'integrations.deliveries.status.delivered',
  failed: 'integrations.deliveries.status.failed',
};

const eventKeys: Record<string, MessageKey> = {
  nps_rating_added: 'integrations.deliveries.event.nps_rating_added',
  ping: 'integrations.deliveries.event.ping',
};

/** DeliveriesTable is the webhook's recent deliveries, newest first, with a status badge each. */
export function DeliveriesTable({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const t = useT();
  if (deliveries.length === 0) {
    return <EmptyState icon="send" title={t('integrations.deliveries.empty')} text={t('integrations.deliveries.emptyText')} />;
  }
  return (
    <div className="table-card">
      <table className="table deliveries-table" aria-label={t('integrations.deliveries.table')}>
        <thead>
          <tr>
            <th scope="col">{t('integrations.deliveries.col.event')}</th>
            <th scope="col">{t('integrations.deliveries.col.status')}</th>
            <th scope="col">{t('integrations.deliveries.col.attempts')}</th>
            <th scope="col">{t('integrations.deliveries.col.answer')}</th>
            <th scope="col">{t('integrations.deliveries.col.created')}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => {
            const event = eventKeys[d.event];
            const answer = [d.last_status_code ? `HTTP ${d.last_status_code}` : '', d.last_error ?? '']
              .filter(Boolean)
              .join(' · ');
            return (
              <tr key={String(d.id)} data-testid="webhook-delivery" data-status={d.status}>
                <td data-label={t('integrations.deliveries.col.event')}>
                  {event ? t(event) : d.event} <span className="delivery-id">#{String(d.id)}</span>
                </td>
                <td data-label={t('integrations.deliveries.col.status')}>
                  <span className={`pill delivery-${d.status}`}>{t(statusKeys[d.status])}</span>
                </td>
                <td data-label={t('integrations.deliveries.col.attempts')}>{d.attempts}</td>
                <td data-label={t('integrations.deliveries.col.answer')} className="delivery-answer">
                  {answer || '—'}
                </td>
                <td data-label={t('integrations.deliveries.col.created')}>
                  <RelativeTime iso={d.created_at} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

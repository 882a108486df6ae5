import type { ConversationStatus } from '../../api/chatTypes';
import { useT } from '../../i18n/useT';

const statuses: ConversationStatus[] = ['open', 'closed'];

/** StatusTabs switch the list between open and closed conversations. */
export function StatusTabs({
  value,
  onChange,
}: {
  value: ConversationStatus;
  onChange: (status: ConversationStatus) => void;
}) {
  const t = useT();
  return (
    <div className="segmented" role="tablist" aria-label={t('inbox.tabs')}>
      {statuses.map((status) => (
        <button
          key={status}
          type="button"
          role="tab"
          aria-selected={value === status}
          className="segmented-item"
          onClick={() => onChange(status)}
        >
          {t(`inbox.tab.${status}`)}
        </button>
      ))}
    </div>
  );
}

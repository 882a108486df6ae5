import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';

/** PanelTab is what the side panel shows. */
export type PanelTab = 'step' | 'problems' | 'preview';

const TABS: { tab: PanelTab; label: MessageKey }[] = [
  { tab: 'step', label: 'bot.tab.step' },
  { tab: 'problems', label: 'bot.tab.problems' },
  { tab: 'preview', label: 'bot.tab.preview' },
];

/**
 * SidePanel is the column beside the canvas with three tabs: the selected
 * step, the bot's problems (with their count), and the "Try it" preview.
 * Arrow keys move between tabs, as in any tab list.
 */
export function SidePanel({
  tab,
  onTab,
  problemCount,
  children,
}: {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  problemCount: number;
  children: ReactNode;
}) {
  const t = useT();
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.tab === tab);
    const next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length].tab;
    onTab(target);
    document.getElementById(`${id}-${target}`)?.focus();
  };
  return (
    <aside className="bot-side" aria-label={t('bot.panel')}>
      <div className="bot-tabs" role="tablist" onKeyDown={onKeyDown}>
        {TABS.map((x) => (
          <button
            key={x.tab}
            id={`${id}-${x.tab}`}
            type="button"
            role="tab"
            className="bot-tab"
            aria-selected={tab === x.tab}
            aria-controls={`${id}-panel`}
            tabIndex={tab === x.tab ? 0 : -1}
            onClick={() => onTab(x.tab)}
          >
            {t(x.label)}
            {x.tab === 'problems' && problemCount > 0 && <span className="bot-tab-count">{problemCount}</span>}
          </button>
        ))}
      </div>
      <div className="bot-side-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {children}
      </div>
    </aside>
  );
}

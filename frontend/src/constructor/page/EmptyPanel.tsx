import { useT } from '../../i18n/useT';
import { StepIcon } from '../canvas/StepIcon';

/** EmptyPanel fills the Step tab while no single step is selected, and says how the canvas works. */
export function EmptyPanel() {
  const t = useT();
  return (
    <div className="panel-empty">
      <span className="panel-empty-icon">
        <StepIcon type="message" size={24} />
      </span>
      <h2 className="panel-empty-title">{t('bot.panelEmpty')}</h2>
      <p className="panel-empty-text">{t('bot.panelEmptyText')}</p>
    </div>
  );
}

import { Link } from 'react-router-dom';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { StepIcon } from '../canvas/StepIcon';
import { ToolIcon } from './ToolIcon';

/**
 * EditorToolbar is the constructor's top line: the way back, the bot's name
 * and whether it is saved, the editing tools, and Save — disabled, with the
 * reason next to it, while the bot has problems.
 */
export function EditorToolbar({
  name,
  dirty,
  canUndo,
  canRedo,
  problemCount,
  saving,
  onUndo,
  onRedo,
  onArrange,
  onImport,
  onExport,
  onRestore,
  onSave,
  onShowProblems,
}: {
  name: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  problemCount: number;
  saving: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onArrange: () => void;
  onImport: () => void;
  onExport: () => void;
  onRestore: () => void;
  onSave: () => void;
  onShowProblems: () => void;
}) {
  const t = useT();
  const blocked = problemCount > 0;
  return (
    <header className="bot-toolbar">
      <Link to="/settings/channels" className="bot-back" aria-label={t('bot.back')} title={t('bot.back')}>
        <Icon name="arrowLeft" size={18} />
      </Link>
      <span className="bot-badge" aria-hidden>
        <StepIcon type="nps_question" size={18} />
      </span>
      <div className="bot-heading">
        <h1 className="bot-name">{name}</h1>
        <p className={dirty ? 'bot-status bot-status-dirty' : 'bot-status'} role="status">
          <span className="bot-status-dot" aria-hidden />
          {dirty ? t('bot.unsaved') : t('bot.saved')}
        </p>
      </div>

      <div className="bot-tools" role="toolbar" aria-label={t('bot.tools')}>
        <button type="button" className="tool-button" onClick={onUndo} disabled={!canUndo} aria-label={t('bot.undo')} title={t('bot.undo')}>
          <ToolIcon name="undo" />
        </button>
        <button type="button" className="tool-button" onClick={onRedo} disabled={!canRedo} aria-label={t('bot.redo')} title={t('bot.redo')}>
          <ToolIcon name="redo" />
        </button>
        <span className="tool-sep" aria-hidden />
        <button type="button" className="tool-button tool-button-text" onClick={onArrange} title={t('bot.arrangeHint')}>
          <ToolIcon name="arrange" />
          <span className="tool-label">{t('bot.arrange')}</span>
        </button>
        <button type="button" className="tool-button tool-button-text" onClick={onImport} title={t('bot.import')}>
          <ToolIcon name="upload" />
          <span className="tool-label-optional">{t('bot.import')}</span>
        </button>
        <button type="button" className="tool-button tool-button-text" onClick={onExport} title={t('bot.export')}>
          <ToolIcon name="download" />
          <span className="tool-label-optional">{t('bot.export')}</span>
        </button>
        <button type="button" className="tool-button tool-button-text" onClick={onRestore}>
          <Icon name="rotate" size={18} />
          <span className="tool-label">{t('bot.restore')}</span>
        </button>
      </div>

      <div className="bot-save">
        {blocked && (
          <button type="button" className="bot-blocked" id="bot-save-blocked" onClick={onShowProblems}>
            <Icon name="alert" size={16} />
            {t('bot.saveBlocked', { count: problemCount })}
          </button>
        )}
        <button
          type="button"
          className="btn btn-primary"
          onClick={onSave}
          disabled={blocked || saving || !dirty}
          aria-describedby={blocked ? 'bot-save-blocked' : undefined}
        >
          {saving ? t('bot.saving') : t('bot.save')}
        </button>
      </div>
    </header>
  );
}

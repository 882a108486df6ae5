import { useT } from '../../../i18n/useT';

const PLACEHOLDER = /(\{\{\s*[A-Za-z0-9_.-]+\s*\}\})/;

/**
 * TextPreview shows a step's text on its card, a few lines at most, with the
 * placeholders ({{score}}, …) set off so the admin sees what gets filled in.
 */
export function TextPreview({ text }: { text: string }) {
  const t = useT();
  if (text.trim() === '') return <p className="step-text step-text-empty">{t('bot.node.noText')}</p>;
  return (
    <p className="step-text">
      {text.split(PLACEHOLDER).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="step-var">
            {part.replace(/[{}\s]/g, '')}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}

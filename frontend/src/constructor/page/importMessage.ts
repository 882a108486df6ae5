import type { Translate } from '../../i18n/language';
import type { ImportRefusal } from '../model/importGraph';

/** importMessage explains in words why a file was not imported. */
export function importMessage(r: ImportRefusal, t: Translate): string {
  switch (r.reason) {
    case 'wrong_version':
      return t('bot.import.wrong_version', { version: String(r.version) });
    case 'too_large':
      return t('bot.import.too_large', { nodes: r.nodes, edges: r.edges });
    case 'unknown_types':
      return t('bot.import.unknown_types', { types: r.types.map((x) => `“${x.slice(0, 40)}”`).join(', ') });
    default:
      return t(`bot.import.${r.reason}`);
  }
}

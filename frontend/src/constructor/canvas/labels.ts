import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/language';
import { isNodeType, type Graph, type GraphEdge, type GraphNode } from '../model/graph';
import { isObject } from '../rules/decode';

/** stepName is a step type's name in the interface language. */
export function stepName(type: string, t: Translate): string {
  return t(isNodeType(type) ? (`bot.step.${type}` as MessageKey) : 'bot.step.unknown');
}

/** stepLabel names a step for people and screen readers: its type and the start of its text. */
export function stepLabel(n: GraphNode, t: Translate): string {
  const text = isObject(n.data) && typeof n.data.text === 'string' ? n.data.text.trim() : '';
  const short = text.length > 48 ? `${text.slice(0, 47)}…` : text;
  return short ? `${stepName(n.type, t)}: ${short}` : stepName(n.type, t);
}

/** linkLabel names a connection: "Condition (no) → Message: Thanks". */
export function linkLabel(e: GraphEdge, g: Graph, t: Translate): string {
  const from = g.nodes.find((n) => n.id === e.source);
  const to = g.nodes.find((n) => n.id === e.target);
  const branch = e.source_handle === 'true' ? ` (${t('bot.node.yes')})` : e.source_handle === 'false' ? ` (${t('bot.node.no')})` : '';
  return `${from ? stepName(from.type, t) : e.source}${branch} → ${to ? stepLabel(to, t) : e.target}`;
}

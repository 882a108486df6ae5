/**
 * Messages the chat sends to the page that embeds it (widget.js listens, and checks
 * they come from this server's frame). They carry no data worth stealing, so any
 * parent may read them.
 */
export type EmbedMessage = { type: 'npsdesk:close' } | { type: 'npsdesk:unread' };

/** tellHost posts a message to the embedding page, when there is one. */
export function tellHost(message: EmbedMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, '*');
}

/** escapeAttribute makes text safe inside a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** trimOrigin drops a trailing slash, so "https://x.org/" and "https://x.org" give one URL. */
function trimOrigin(origin: string): string {
  return origin.replace(/\/+$/, '');
}

/** chatPageUrl is the address of a channel's own chat page. */
export function chatPageUrl(origin: string, publicKey: string): string {
  return `${trimOrigin(origin)}/chat/${encodeURIComponent(publicKey)}`;
}

/** widgetScriptUrl is the address of the widget script on this server. */
export function widgetScriptUrl(origin: string): string {
  return `${trimOrigin(origin)}/widget.js`;
}

/**
 * widgetSnippet is the one tag a team pastes into its site to get the chat button:
 * the widget script from this server, told which channel it is for.
 */
export function widgetSnippet(origin: string, publicKey: string): string {
  return `<script src="${escapeAttribute(widgetScriptUrl(origin))}" data-key="${escapeAttribute(publicKey)}" async></script>`;
}

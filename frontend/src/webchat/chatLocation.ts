/** ChatLocation is what the chat page's address says: which channel, and whether it is in the widget. */
export interface ChatLocation {
  publicKey: string;
  embedded: boolean;
}

/** readChatLocation reads /chat/<public_key>?embed=1. An address without a key gives an empty key. */
export function readChatLocation(pathname: string, search: string): ChatLocation {
  const match = /^\/chat\/([^/?#]+)/.exec(pathname);
  let publicKey = '';
  if (match) {
    try {
      publicKey = decodeURIComponent(match[1]);
    } catch {
      publicKey = '';
    }
  }
  return { publicKey, embedded: new URLSearchParams(search).get('embed') === '1' };
}

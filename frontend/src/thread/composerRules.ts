/** MAX_MESSAGE_LENGTH is the longest message the server takes, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;

/** COUNTER_FROM is the length from which the composer shows how much room is left. */
export const COUNTER_FROM = 3500;

/** messageLength counts characters as the server does (code points, so an emoji is one). */
export function messageLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** ComposerCheck is what the composer shows about a draft. */
export interface ComposerCheck {
  /** canSend is true for a draft with something to say, within the limit. */
  canSend: boolean;
  /** left is how many characters remain (negative when over). */
  left: number;
  /** showCounter is true near or over the limit. */
  showCounter: boolean;
}

/** checkDraft says whether a draft can go and whether to show the counter. */
export function checkDraft(text: string, max = MAX_MESSAGE_LENGTH, counterFrom = COUNTER_FROM): ComposerCheck {
  const length = messageLength(text);
  return {
    canSend: text.trim() !== '' && length <= max,
    left: max - length,
    showCounter: length >= counterFrom,
  };
}

/**
 * isSendKey tells Enter (send) from Shift+Enter (a new line) and from the Enter that
 * confirms an input method's composition (Japanese, Chinese…), which must not send.
 */
export function isSendKey(event: {
  key: string;
  shiftKey: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  keyCode?: number;
}): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  // keyCode 229 is the composition Enter in browsers that do not set isComposing.
  return !event.isComposing && event.keyCode !== 229;
}

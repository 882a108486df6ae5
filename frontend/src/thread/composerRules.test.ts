import { describe, expect, it } from 'vitest';
import { checkDraft, isSendKey, MAX_MESSAGE_LENGTH, messageLength } from './composerRules';

describe('checkDraft', () => {
  it('refuses an empty or blank draft', () => {
    expect(checkDraft('').canSend).toBe(false);
    expect(checkDraft('  \n ').canSend).toBe(false);
    expect(checkDraft(' hi ').canSend).toBe(true);
  });

  it('counts characters as the server does and shows the counter near the limit', () => {
    expect(messageLength('😀я')).toBe(2);
    expect(checkDraft('x'.repeat(100)).showCounter).toBe(false);
    const near = checkDraft('x'.repeat(3600));
    expect(near).toEqual({ canSend: true, left: MAX_MESSAGE_LENGTH - 3600, showCounter: true });
    const over = checkDraft('😀'.repeat(MAX_MESSAGE_LENGTH + 1));
    expect(over.canSend).toBe(false);
    expect(over.left).toBe(-1);
  });
});

describe('isSendKey', () => {
  it('sends on Enter, not on Shift+Enter or while composing', () => {
    expect(isSendKey({ key: 'Enter', shiftKey: false })).toBe(true);
    expect(isSendKey({ key: 'Enter', shiftKey: true })).toBe(false);
    expect(isSendKey({ key: 'Enter', shiftKey: false, isComposing: true })).toBe(false);
    expect(isSendKey({ key: 'Enter', shiftKey: false, keyCode: 229 })).toBe(false);
    expect(isSendKey({ key: 'a', shiftKey: false })).toBe(false);
  });
});

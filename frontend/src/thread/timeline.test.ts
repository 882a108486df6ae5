import { describe, expect, it } from 'vitest';
import type { Message } from '../api/chatTypes';
import { answerableId, buildTimeline, chosenAnswers, compareMessages, mergeMessages, sameId } from './timeline';

function msg(id: number, at: string, type: Message['author']['type'] = 'contact', extra: Partial<Message> = {}): Message {
  return { id, conversation_id: 1, author: { type, id: type === 'bot' ? undefined : 7 }, text: `m${id}`, created_at: at, ...extra };
}

const t = (minute: number, day = 10) => `2026-03-${String(day).padStart(2, '0')}T12:${String(minute).padStart(2, '0')}:00Z`;

describe('mergeMessages', () => {
  it('turns a newest-first page into oldest-first', () => {
    const page = [msg(3, t(3)), msg(2, t(2)), msg(1, t(1))];
    expect(mergeMessages([], page).map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('puts an older page above what is loaded', () => {
    const loaded = mergeMessages([], [msg(5, t(5)), msg(4, t(4))]);
    const older = [msg(3, t(3)), msg(2, t(2))];
    expect(mergeMessages(loaded, older).map((m) => m.id)).toEqual([2, 3, 4, 5]);
  });

  it('shows a message once when the send answer and its live frame both arrive', () => {
    const sent = msg(9, t(9), 'user');
    const afterAnswer = mergeMessages([msg(8, t(8))], [sent]);
    const afterFrame = mergeMessages(afterAnswer, [{ ...sent }]);
    expect(afterFrame.map((m) => m.id)).toEqual([8, 9]);
  });

  it('treats "5" and 5 as one id, and keeps the newer copy', () => {
    const merged = mergeMessages([msg(5, t(5))], [{ ...msg(5, t(5)), id: '5', text: 'edited' }]);
    expect(merged).toHaveLength(1);
    expect(merged[0].text).toBe('edited');
  });

  it('orders messages of the same instant by id, and a late frame into its place', () => {
    const same = [msg(12, t(1)), msg(11, t(1))];
    expect(mergeMessages([], same).map((m) => m.id)).toEqual([11, 12]);
    const withLate = mergeMessages(mergeMessages([], [msg(1, t(1)), msg(3, t(3))]), [msg(2, t(2))]);
    expect(withLate.map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it('returns the same list when nothing comes in, and never changes its input', () => {
    const list = [msg(1, t(1))];
    expect(mergeMessages(list, [])).toBe(list);
    mergeMessages(list, [msg(0, t(0))]);
    expect(list.map((m) => m.id)).toEqual([1]);
  });

  it('compareMessages is by time first', () => {
    expect(compareMessages(msg(1, t(5)), msg(2, t(1)))).toBeGreaterThan(0);
  });
});

describe('sameId', () => {
  it('compares as strings and refuses missing ids', () => {
    expect(sameId(1, '1')).toBe(true);
    expect(sameId(1, 2)).toBe(false);
    expect(sameId(null, null)).toBe(false);
    expect(sameId(undefined, 1)).toBe(false);
  });
});

describe('buildTimeline', () => {
  it('divides days and groups runs by author within five minutes', () => {
    const items = buildTimeline([
      msg(1, t(0, 9)),
      msg(2, t(0)),
      msg(3, t(2)),
      msg(4, t(3), 'user'),
      msg(5, t(20), 'user'),
    ]);
    expect(items.map((i) => (i.kind === 'day' ? `day` : `${i.message.id}${i.first ? 'F' : ''}${i.last ? 'L' : ''}`))).toEqual([
      'day',
      '1FL',
      'day',
      '2F',
      '3L',
      '4FL',
      '5FL',
    ]);
  });

  it('is empty for no messages', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});

describe('answerableId', () => {
  const buttons = [{ label: '0', value: '0' }];
  it('is the latest bot question the customer has not answered', () => {
    expect(answerableId([msg(1, t(1)), msg(2, t(2), 'bot', { buttons })])).toBe(2);
    expect(answerableId([msg(2, t(2), 'bot', { buttons }), msg(3, t(3), 'user')])).toBe(2);
  });

  it('is null once the customer wrote after it, or when nothing offers buttons', () => {
    expect(answerableId([msg(2, t(2), 'bot', { buttons }), msg(3, t(3))])).toBeNull();
    expect(answerableId([msg(1, t(1), 'bot')])).toBeNull();
    expect(answerableId([])).toBeNull();
  });
});

describe('chosenAnswers', () => {
  const scale = ['0', '1', '9'].map((v) => ({ label: v, value: v }));
  it('marks the button the customer answered with, not free text or a later message', () => {
    const chosen = chosenAnswers([
      msg(1, t(1), 'bot', { buttons: scale }),
      msg(2, t(2), 'contact', { text: ' 9 ' }),
      msg(3, t(3), 'contact', { text: '1' }),
      msg(4, t(4), 'bot', { buttons: scale }),
      msg(5, t(5), 'contact', { text: 'nine' }),
    ]);
    expect([...chosen.entries()]).toEqual([['1', '9']]);
  });
});

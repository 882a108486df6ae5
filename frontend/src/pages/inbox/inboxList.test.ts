import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../api/chatTypes';
import { appendPage, isNewActivity, matchesFilter, upsertConversation, type InboxFilter } from './inboxList';

function conv(id: number, minute: number, extra: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel_id: 1,
    contact_id: id,
    card_type: null,
    card_id: null,
    status: 'open',
    created_at: '2026-03-10T10:00:00Z',
    last_message_at: `2026-03-10T12:${String(minute).padStart(2, '0')}:00Z`,
    contact: { id, name: `Anna ${id}` },
    ...extra,
  };
}

const open: InboxFilter = { status: 'open', q: '' };
const ids = (list: Conversation[]) => list.map((c) => c.id);

describe('upsertConversation', () => {
  it('adds a new conversation at the top', () => {
    expect(ids(upsertConversation([conv(1, 5), conv(2, 1)], conv(3, 9), open))).toEqual([3, 1, 2]);
  });

  it('moves a conversation with a new message to the top and replaces it', () => {
    const list = [conv(1, 5), conv(2, 1)];
    const next = upsertConversation(list, conv(2, 9, { last_message: 'hi', unread: 1 }), open);
    expect(ids(next)).toEqual([2, 1]);
    expect(next[0].unread).toBe(1);
  });

  it('drops a conversation closed while on the Open tab, and ignores ones that never matched', () => {
    const list = [conv(1, 5), conv(2, 1)];
    expect(ids(upsertConversation(list, conv(1, 5, { status: 'closed' }), open))).toEqual([2]);
    expect(upsertConversation(list, conv(9, 9, { status: 'closed' }), open)).toBe(list);
  });

  it('respects the search, and keeps the contact when a frame comes without one', () => {
    const filter = { status: 'open' as const, q: 'bob' };
    expect(upsertConversation([], conv(1, 1), filter)).toEqual([]);
    const bob = conv(2, 1, { contact: { id: 2, name: 'Bob' } });
    const next = upsertConversation([bob], { ...conv(2, 3), contact: undefined }, filter);
    expect(next[0].contact?.name).toBe('Bob');
  });
});

describe('appendPage and friends', () => {
  it('skips rows a live frame already put in', () => {
    expect(ids(appendPage([conv(3, 9), conv(1, 5)], [conv(3, 9), conv(2, 1)]))).toEqual([3, 1, 2]);
  });

  it('matches names case-insensitively', () => {
    expect(matchesFilter(conv(1, 1), { status: 'open', q: ' ANNA ' })).toBe(true);
    expect(matchesFilter(conv(1, 1), { status: 'closed', q: '' })).toBe(false);
  });

  it('tells a new message from a read or a close', () => {
    expect(isNewActivity(undefined, conv(1, 1))).toBe(true);
    expect(isNewActivity(conv(1, 1), conv(1, 1, { unread: 0 }))).toBe(false);
    expect(isNewActivity(conv(1, 1), conv(1, 2))).toBe(true);
  });
});

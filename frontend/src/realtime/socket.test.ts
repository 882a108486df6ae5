import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RealtimeSocket, REVOKED_CLOSE_CODE, type WebSocketLike } from './socket';

/** FakeWebSocket stands in for the browser's WebSocket: the test opens, feeds and closes it. */
class FakeWebSocket implements WebSocketLike {
  static instances: FakeWebSocket[] = [];
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closedWith: number | undefined;

  constructor(readonly url: string) {
    FakeWebSocket.instances.push(this);
  }

  static last(): FakeWebSocket {
    return FakeWebSocket.instances[FakeWebSocket.instances.length - 1];
  }

  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  receive(data: unknown) {
    this.onmessage?.({
      data: typeof data === 'string' ? data : JSON.stringify(data),
    } as MessageEvent);
  }

  drop(code = 1006) {
    this.readyState = 3;
    this.onerror?.(new Event('error'));
    this.onclose?.({ code } as CloseEvent);
  }

  close(code?: number) {
    this.closedWith = code;
    this.readyState = 3;
  }
}

function makeSocket() {
  return new RealtimeSocket({
    url: 'ws://test/api/v1/ws',
    WebSocket: FakeWebSocket,
    random: () => 1, // the top of each jitter range, so the delays are exact
  });
}

beforeEach(() => {
  FakeWebSocket.instances = [];
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RealtimeSocket dispatch', () => {
  it('hands each frame to the subscribers of its type only', () => {
    const socket = makeSocket();
    const created = vi.fn();
    const other = vi.fn();
    socket.subscribe('notification.created', created);
    socket.subscribe('message.created', other);
    socket.start();
    FakeWebSocket.last().open();

    FakeWebSocket.last().receive({ type: 'notification.created', data: { id: 7, text: 'hi' } });
    expect(created).toHaveBeenCalledWith(
      { id: 7, text: 'hi' },
      { type: 'notification.created', data: { id: 7, text: 'hi' } },
    );
    expect(other).not.toHaveBeenCalled();
  });

  it('stops calling a listener once unsubscribed', () => {
    const socket = makeSocket();
    const fn = vi.fn();
    const unsubscribe = socket.subscribe('x', fn);
    socket.start();
    FakeWebSocket.last().receive({ type: 'x', data: 1 });
    unsubscribe();
    FakeWebSocket.last().receive({ type: 'x', data: 2 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('ignores malformed frames and survives a throwing listener', () => {
    const socket = makeSocket();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const good = vi.fn();
    socket.subscribe('x', () => {
      throw new Error('boom');
    });
    socket.subscribe('x', good);
    socket.start();
    const ws = FakeWebSocket.last();
    ws.receive('not json');
    ws.receive({ data: 'no type' });
    ws.receive('null');
    ws.receive({ type: 'x', data: 'ok' });
    expect(good).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
  });
});

describe('RealtimeSocket reconnect', () => {
  it('reports its state and reconnects with growing delays after losing the connection', () => {
    const socket = makeSocket();
    const states: string[] = [];
    socket.onStateChange((state) => states.push(state));
    expect(socket.state).toBe('connecting');

    socket.start();
    expect(FakeWebSocket.instances).toHaveLength(1);
    FakeWebSocket.last().open();
    expect(socket.state).toBe('online');

    FakeWebSocket.last().drop();
    expect(socket.state).toBe('offline');

    // Attempt 1 after 500 ms, attempt 2 after 1 s, attempt 3 after 2 s.
    for (const [delay, count] of [
      [500, 2],
      [1000, 3],
      [2000, 4],
    ]) {
      vi.advanceTimersByTime(delay - 1);
      expect(FakeWebSocket.instances).toHaveLength(count - 1);
      vi.advanceTimersByTime(1);
      expect(FakeWebSocket.instances).toHaveLength(count);
      if (count < 4) FakeWebSocket.last().drop();
    }

    FakeWebSocket.last().open();
    expect(socket.state).toBe('online');
    expect(states).toEqual(['online', 'offline', 'online']);

    // A successful connection resets the backoff to 0.5 s.
    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(500);
    expect(FakeWebSocket.instances).toHaveLength(5);
  });

  it('caps the delay at 15 s', () => {
    const socket = makeSocket();
    socket.start();
    for (let i = 0; i < 12; i++) {
      FakeWebSocket.last().drop();
      vi.runOnlyPendingTimers();
    }
    const before = FakeWebSocket.instances.length;
    FakeWebSocket.last().drop();
    vi.advanceTimersByTime(14_999);
    expect(FakeWebSocket.instances).toHaveLength(before);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(before + 1);
  });

  it('does not reconnect after stop', () => {
    const socket = makeSocket();
    socket.start();
    const ws = FakeWebSocket.last();
    ws.open();
    socket.stop();
    expect(ws.closedWith).toBe(1000);
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('treats close code 4001 as a revoked session: no reconnect, revoked handler called', () => {
    const socket = makeSocket();
    const revoked = vi.fn();
    socket.setRevokedHandler(revoked);
    socket.start();
    FakeWebSocket.last().open();
    FakeWebSocket.last().drop(REVOKED_CLOSE_CODE);
    expect(revoked).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('reconnects at once when told the network is back', () => {
    const socket = makeSocket();
    socket.start();
    for (let i = 0; i < 6; i++) {
      FakeWebSocket.last().drop();
      vi.runOnlyPendingTimers();
    }
    FakeWebSocket.last().drop();
    const before = FakeWebSocket.instances.length;
    socket.reconnectNow();
    expect(FakeWebSocket.instances).toHaveLength(before + 1);
    // The pending backoff timer was cancelled: no second socket.
    vi.advanceTimersByTime(60_000);
    expect(FakeWebSocket.instances).toHaveLength(before + 1);
  });
});

describe('RealtimeSocket connect failures', () => {
  it('tells listeners when an attempt ends without ever opening', () => {
    const socket = makeSocket();
    const failed = vi.fn();
    socket.onConnectFailed(failed);
    socket.start();
    FakeWebSocket.last().drop();
    expect(failed).toHaveBeenCalledTimes(1);

    vi.runOnlyPendingTimers();
    FakeWebSocket.last().open();
    FakeWebSocket.last().drop();
    expect(failed).toHaveBeenCalledTimes(1);
  });
});

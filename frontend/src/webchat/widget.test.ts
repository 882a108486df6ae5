import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The widget is plain JS served as is (public/widget.js); run it as a page would. */
const source = readFileSync(resolve(__dirname, '../../public/widget.js'), 'utf8');

function install(attrs: Record<string, string>) {
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(attrs)) tag.setAttribute(name, value);
  document.body.appendChild(tag);
  new Function(source)();
}

function shadow() {
  return document.querySelector('npsdesk-widget')?.shadowRoot ?? null;
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { npsdeskWidget?: unknown }).npsdeskWidget;
});

describe('widget.js', () => {
  it('adds one button in its own shadow root and leaves one global', () => {
    const before = new Set(Object.keys(window));
    install({ src: 'https://desk.example.com/widget.js', 'data-key': 'KEY1', 'data-lang': 'en' });
    const added = Object.keys(window).filter((k) => !before.has(k));
    expect(added).toEqual(['npsdeskWidget']);
    const launcher = shadow()?.querySelector('button.launcher');
    expect(launcher?.getAttribute('aria-label')).toBe('Open chat');
    // Nothing framed until the customer asks.
    expect(shadow()?.querySelector('iframe')).toBeNull();
  });

  it('opens the chat of its key in an iframe from the script’s server, and closes', () => {
    install({ src: 'https://desk.example.com/widget.js', 'data-key': 'K/1', 'data-lang': 'ru' });
    const launcher = shadow()!.querySelector<HTMLButtonElement>('button.launcher')!;
    launcher.click();
    const iframe = shadow()!.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://desk.example.com/chat/K%2F1?embed=1&lang=ru');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(launcher.getAttribute('aria-label')).toBe('Закрыть чат');
    launcher.click();
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    (window as unknown as { npsdeskWidget: { open: () => void } }).npsdeskWidget.open();
    expect(shadow()!.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('listens only to its own frame', () => {
    install({ src: 'https://desk.example.com/widget.js', 'data-key': 'K' });
    const launcher = shadow()!.querySelector<HTMLButtonElement>('button.launcher')!;
    launcher.click();
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'npsdesk:close' }, origin: 'https://evil.example' }));
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    const iframe = shadow()!.querySelector('iframe')!;
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: 'npsdesk:close' }, origin: 'https://desk.example.com', source: iframe.contentWindow }),
    );
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('does nothing without a key, and adds no second button when pasted twice', () => {
    install({ src: 'https://desk.example.com/widget.js' });
    expect(document.querySelector('npsdesk-widget')).toBeNull();
    install({ src: 'https://desk.example.com/widget.js', 'data-key': 'A' });
    install({ src: 'https://desk.example.com/widget.js', 'data-key': 'A' });
    expect(document.querySelectorAll('npsdesk-widget')).toHaveLength(1);
  });
});

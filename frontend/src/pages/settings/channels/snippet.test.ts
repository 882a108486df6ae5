import { describe, expect, it } from 'vitest';
import { chatPageUrl, widgetSnippet } from './snippet';

describe('snippet', () => {
  it('builds the chat page link and the widget tag from the origin and key', () => {
    expect(chatPageUrl('https://desk.example.com', 'Ab_9-x')).toBe('https://desk.example.com/chat/Ab_9-x');
    expect(widgetSnippet('https://desk.example.com/', 'Ab_9-x')).toBe(
      '<script src="https://desk.example.com/widget.js" data-key="Ab_9-x" async></script>',
    );
  });

  it('escapes what could break out of the attribute', () => {
    expect(widgetSnippet('http://127.0.0.1:8080', 'a"b<c')).toContain('data-key="a&quot;b&lt;c"');
    expect(chatPageUrl('http://h', 'a/b')).toBe('http://h/chat/a%2Fb');
  });
});

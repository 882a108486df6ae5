/*
 * npsdesk web chat widget. Paste on any page:
 *
 *   <script src="https://your-npsdesk/widget.js" data-key="PUBLIC_KEY" async></script>
 *
 * It adds a chat button in the bottom-right corner; the button opens the chat in an
 * isolated <iframe> served by npsdesk (the page's own CSS and scripts cannot reach
 * into it). Optional: data-lang="en|ru". The only global it leaves is
 * window.npsdeskWidget = { open(), close(), toggle() }.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script) {
    var found = document.querySelectorAll('script[data-key][src*="widget.js"]');
    script = found[found.length - 1];
  }
  if (!script || !script.src) return;
  var key = script.getAttribute('data-key');
  if (!key) {
    if (window.console) console.warn('npsdesk widget: the script tag needs data-key="…"');
    return;
  }
  if (window.npsdeskWidget) return; // Pasted twice: one button is enough.

  var origin = new URL(script.src, window.location.href).origin;
  var lang = (script.getAttribute('data-lang') || navigator.language || 'en').toLowerCase().slice(0, 2);
  if (lang !== 'ru') lang = 'en';
  var words = {
    en: { open: 'Open chat', close: 'Close chat', title: 'Chat' },
    ru: { open: 'Открыть чат', close: 'Закрыть чат', title: 'Чат' },
  }[lang];

  var CHAT_ICON =
    '<svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M4.5 6.5a2 2 0 0 1 2-2h11a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H11l-4.5 3.5v-3.5a2 2 0 0 1-2-2z"/><path d="M8.5 9.5h7M8.5 12.5h4"/></svg>';
  var CLOSE_ICON =
    '<svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';

  // Every rule lives inside the shadow root: nothing leaks out, nothing from the page gets in.
  var STYLE =
    ':host{all:initial}' +
    '*{box-sizing:border-box}' +
    '.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;display:flex;align-items:center;justify-content:center;width:60px;height:60px;margin:0;padding:0;border:0;border-radius:50%;background:linear-gradient(135deg,#4f46e5,#0f8f85);color:#fff;box-shadow:0 8px 24px rgba(20,24,45,.3);cursor:pointer;transition:transform .15s ease}' +
    '.launcher:hover{transform:scale(1.06)}' +
    '.launcher:focus-visible{outline:3px solid rgba(79,70,229,.55);outline-offset:3px}' +
    '.launcher .when-open{display:none}' +
    '.is-open .launcher .when-open{display:block}' +
    '.is-open .launcher .when-closed{display:none}' +
    '.dot{position:absolute;top:3px;right:3px;display:none;width:14px;height:14px;border:2px solid #fff;border-radius:50%;background:#ef4444}' +
    '.has-unread .dot{display:block}' +
    '.panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:380px;height:600px;max-height:calc(100vh - 112px);overflow:hidden;border-radius:18px;background:#fff;box-shadow:0 16px 48px rgba(20,24,45,.3);opacity:0;visibility:hidden;pointer-events:none;transform:translateY(12px) scale(.98);transform-origin:bottom right;transition:opacity .18s ease,transform .18s ease,visibility .18s}' +
    '.is-open .panel{opacity:1;visibility:visible;pointer-events:auto;transform:none}' +
    '.panel iframe{display:block;width:100%;height:100%;border:0}' +
    '@media (max-width:480px){.panel{right:0;bottom:0;width:100%;height:100%;max-height:none;border-radius:0}.is-open .launcher{display:none}}' +
    '@media (prefers-color-scheme:dark){.panel{background:#161a2c}}' +
    '@media (prefers-reduced-motion:reduce){.panel,.launcher{transition:none}}';

  var state = { open: false, frame: null, wrap: null, panel: null, button: null };

  function build() {
    var host = document.createElement('npsdesk-widget');
    // Inline !important beats the page's own !important rules on the host element.
    host.style.setProperty('all', 'initial', 'important');
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.innerHTML =
      '<style>' + STYLE + '</style>' +
      '<div class="wrap">' +
      '<div class="panel" role="dialog"></div>' +
      '<button class="launcher" type="button" aria-expanded="false">' +
      '<span class="when-closed">' + CHAT_ICON + '</span>' +
      '<span class="when-open">' + CLOSE_ICON + '</span>' +
      '<span class="dot"></span>' +
      '</button>' +
      '</div>';
    state.wrap = root.querySelector('.wrap');
    state.panel = root.querySelector('.panel');
    state.button = root.querySelector('.launcher');
    state.panel.setAttribute('aria-label', words.title);
    state.button.setAttribute('aria-label', words.open);
    state.button.addEventListener('click', toggle);
    document.body.appendChild(host);
  }

  function frame() {
    if (!state.frame) {
      var iframe = document.createElement('iframe');
      iframe.src = origin + '/chat/' + encodeURIComponent(key) + '?embed=1&lang=' + lang;
      iframe.title = words.title;
      state.panel.appendChild(iframe);
      state.frame = iframe;
    }
    return state.frame;
  }

  function render() {
    state.wrap.className = 'wrap' + (state.open ? ' is-open' : '') + (state.unread ? ' has-unread' : '');
    state.button.setAttribute('aria-expanded', String(state.open));
    state.button.setAttribute('aria-label', state.open ? words.close : words.open);
  }

  function open() {
    var iframe = frame();
    state.open = true;
    state.unread = false;
    render();
    setTimeout(function () {
      iframe.focus();
    }, 50);
  }

  function close() {
    if (!state.open) return;
    state.open = false;
    render();
    state.button.focus();
  }

  function toggle() {
    if (state.open) close();
    else open();
  }

  // Only messages from our own frame count, whatever else the page runs.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !state.frame || event.source !== state.frame.contentWindow) return;
    var type = event.data && event.data.type;
    if (type === 'npsdesk:close') close();
    else if (type === 'npsdesk:unread' && !state.open) {
      state.unread = true;
      render();
    }
  });

  window.npsdeskWidget = { open: open, close: close, toggle: toggle };

  if (document.body) build();
  else document.addEventListener('DOMContentLoaded', build);
})();

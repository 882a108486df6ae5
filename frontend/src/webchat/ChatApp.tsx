import { useEffect, useMemo, type ReactNode } from 'react';
import { Composer } from '../thread/Composer';
import { ChatHeader } from './ChatHeader';
import { ChatIntro } from './ChatIntro';
import type { ChatLocation } from './chatLocation';
import { ChatNoticeBar } from './ChatNoticeBar';
import { ChatStatusScreen } from './ChatStatusScreen';
import { ChatThread } from './ChatThread';
import { tellHost } from './embed';
import { useVisitorChat } from './useVisitorChat';
import { chatWords, type ChatLang } from './words';
import { WordsContext } from './WordsContext';

/** ChatApp is the customer's web chat: a page of its own, or the widget's panel (embedded). */
export function ChatApp({ location, lang }: { location: ChatLocation; lang: ChatLang }) {
  const w = useMemo(() => chatWords(lang), [lang]);
  // In the widget, a reply while the panel is closed puts a dot on the chat button.
  const chat = useVisitorChat(location.publicKey, () => {
    if (location.embedded) tellHost({ type: 'npsdesk:unread' });
  });
  const teamName = chat.channelName ?? w('chat.team');

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.title = chat.channelName ?? w('chat.title');
  }, [chat.channelName, w]);

  const close = location.embedded ? () => tellHost({ type: 'npsdesk:close' }) : undefined;
  const frame = (body: ReactNode) => (
    <WordsContext.Provider value={w}>
      <div className={location.embedded ? 'chat is-embedded' : 'chat'}>{body}</div>
    </WordsContext.Provider>
  );

  if (chat.phase === 'loading') {
    return frame(<ChatStatusScreen icon="chat" busy />);
  }
  if (chat.phase === 'unavailable') {
    return frame(
      <>
        {close && <ChatHeader name={w('chat.title')} connection={null} onClose={close} />}
        <ChatStatusScreen icon="lock" title={w('chat.unavailableTitle')} text={w('chat.unavailableText')} />
      </>,
    );
  }
  if (chat.phase === 'error') {
    return frame(
      <>
        {close && <ChatHeader name={w('chat.title')} connection={null} onClose={close} />}
        <ChatStatusScreen icon="offline" title={w('chat.loadError')}>
          <button type="button" className="chat-button" onClick={chat.retry}>
            {w('chat.retry')}
          </button>
        </ChatStatusScreen>
      </>,
    );
  }

  const fresh = !chat.session && chat.messages.length === 0;
  return frame(
    <>
      <ChatHeader name={teamName} connection={chat.connection} onClose={close} />
      <ChatThread
        lang={lang}
        teamName={teamName}
        messages={chat.messages}
        pending={chat.pending}
        intro={fresh ? <ChatIntro name={chat.name} onName={chat.setName} /> : undefined}
        onPick={(button) => chat.send(button.value)}
      />
      <footer className="chat-footer">
        {chat.notice && <ChatNoticeBar notice={chat.notice} onDismiss={chat.dismissNotice} />}
        <Composer
          labels={{
            field: w('chat.field'),
            placeholder: w('chat.placeholder'),
            send: w('chat.send'),
            left: (count) => w('chat.left', { count }),
            over: (count) => w('chat.over', { count }),
          }}
          onSend={chat.send}
        />
        {!location.embedded && <p className="chat-powered">{w('chat.poweredBy')}</p>}
      </footer>
    </>,
  );
}

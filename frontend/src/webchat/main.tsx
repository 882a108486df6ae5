import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ChatApp } from './ChatApp';
import { readChatLocation } from './chatLocation';
import { pickChatLanguage } from './words';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/thread.css';
import './webchat.css';

// The customer's web chat: its own entry (chat.html), with nothing of the team app.
const location = readChatLocation(window.location.pathname, window.location.search);
const lang = pickChatLanguage(window.location.search, navigator.languages ?? [navigator.language]);

createRoot(document.getElementById('chat')!).render(
  <StrictMode>
    <ChatApp location={location} lang={lang} />
  </StrictMode>,
);

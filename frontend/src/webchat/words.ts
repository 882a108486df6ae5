/** ChatLang is a language the customer's chat speaks. */
export type ChatLang = 'en' | 'ru';

/**
 * en is what the customer's chat says, in English. The chat has its own small
 * dictionary so its bundle carries nothing of the team app's.
 */
const en = {
  'chat.title': 'Chat',
  'chat.subtitle': 'We’ll reply right here',
  'chat.close': 'Close the chat',
  'chat.greeting': 'Hello!',
  'chat.intro': 'Ask us anything — we’ll reply right here. You can leave your name so we know how to address you.',
  'chat.nameLabel': 'Your name',
  'chat.optional': 'optional',
  'chat.namePlaceholder': 'How should we call you?',
  'chat.field': 'Message',
  'chat.placeholder': 'Write a message…',
  'chat.send': 'Send',
  'chat.left': '{count} characters left',
  'chat.over': '{count} characters over the limit',
  'chat.you': 'You',
  'chat.team': 'Team',
  'chat.bot': 'Automatic reply',
  'chat.choices': 'Choose an answer',
  'chat.messages': 'Messages',
  'chat.rateLimited': 'You’re sending messages too fast. Try again in {seconds} s.',
  'chat.rateLimitedSoon': 'You’re sending messages too fast. Try again in a moment.',
  'chat.failed': 'Your message wasn’t sent. Check your connection and try again.',
  'chat.tooLong': 'That message is too long. Please shorten it.',
  'chat.restarted': 'Your earlier conversation has ended, so we started a new one.',
  'chat.unavailableTitle': 'This chat isn’t available',
  'chat.unavailableText': 'The link may be out of date. Please ask the company that shared it for a new one.',
  'chat.loadError': 'Can’t reach the chat right now.',
  'chat.retry': 'Try again',
  'chat.offline': 'Reconnecting…',
  'chat.today': 'Today',
  'chat.yesterday': 'Yesterday',
  'chat.dismiss': 'Dismiss',
  'chat.poweredBy': 'Chat by npsdesk',
} as const;

/** ChatWordKey names one thing the chat says. */
export type ChatWordKey = keyof typeof en;

const ru: Record<ChatWordKey, string> = {
  'chat.title': 'Чат',
  'chat.subtitle': 'Ответим прямо здесь',
  'chat.close': 'Закрыть чат',
  'chat.greeting': 'Здравствуйте!',
  'chat.intro': 'Спросите нас о чём угодно — ответим прямо здесь. Можете оставить имя, чтобы мы знали, как к вам обращаться.',
  'chat.nameLabel': 'Ваше имя',
  'chat.optional': 'необязательно',
  'chat.namePlaceholder': 'Как к вам обращаться?',
  'chat.field': 'Сообщение',
  'chat.placeholder': 'Напишите сообщение…',
  'chat.send': 'Отправить',
  'chat.left': 'Осталось символов: {count}',
  'chat.over': 'Лишних символов: {count}',
  'chat.you': 'Вы',
  'chat.team': 'Команда',
  'chat.bot': 'Автоответ',
  'chat.choices': 'Выберите ответ',
  'chat.messages': 'Сообщения',
  'chat.rateLimited': 'Вы отправляете сообщения слишком часто. Попробуйте через {seconds} с.',
  'chat.rateLimitedSoon': 'Вы отправляете сообщения слишком часто. Попробуйте чуть позже.',
  'chat.failed': 'Сообщение не отправлено. Проверьте подключение и попробуйте ещё раз.',
  'chat.tooLong': 'Сообщение слишком длинное. Сократите его, пожалуйста.',
  'chat.restarted': 'Прежний разговор завершён, поэтому мы начали новый.',
  'chat.unavailableTitle': 'Этот чат недоступен',
  'chat.unavailableText': 'Возможно, ссылка устарела. Попросите новую у компании, которая её дала.',
  'chat.loadError': 'Не удаётся подключиться к чату.',
  'chat.retry': 'Попробовать снова',
  'chat.offline': 'Переподключаемся…',
  'chat.today': 'Сегодня',
  'chat.yesterday': 'Вчера',
  'chat.dismiss': 'Скрыть',
  'chat.poweredBy': 'Чат на npsdesk',
};

/** chatDictionaries maps each language to what the chat says in it. */
export const chatDictionaries: Record<ChatLang, Record<ChatWordKey, string>> = { en, ru };

/** ChatWords turns a key (and values for its `{placeholders}`) into text. */
export type ChatWords = (key: ChatWordKey, vars?: Record<string, string | number>) => string;

/** chatWords returns the words function of a language. */
export function chatWords(lang: ChatLang): ChatWords {
  const dictionary = chatDictionaries[lang];
  return (key, vars) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
}

/**
 * pickChatLanguage chooses the chat's language: `?lang=ru` or `?lang=en` in the
 * address wins (the widget passes the site's choice along), then the browser's
 * languages, then English.
 */
export function pickChatLanguage(search: string, browserLanguages: readonly string[]): ChatLang {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase().split('-')[0];
  if (asked === 'en' || asked === 'ru') return asked;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'ru') return base;
  }
  return 'en';
}

import { analyticsRu } from './analytics.ru';
import type { Messages } from './en';
import { cardsRu } from './cards.ru';
import { channelsRu } from './channels.ru';
import { inboxRu } from './inbox.ru';
import { integrationsRu } from './integrations.ru';
import { botRu } from './constructor.ru';
import { npsRu } from './nps.ru';

/** ru is the Russian dictionary; its type makes a missing or unknown key a compile error. */
export const ru: Messages = {
  'app.name': 'npsdesk',
  'app.loading': 'Загрузка…',
  'app.tagline': 'Опросы NPS прямо в чатах с клиентами',

  'lang.label': 'Язык',
  'lang.en': 'English',
  'lang.ru': 'Русский',

  'nav.main': 'Основная навигация',
  'nav.inbox': 'Входящие',
  'nav.cards': 'Карточки',
  'nav.dashboard': 'Дашборд',
  'nav.events': 'События',
  'nav.settings': 'Настройки',

  'common.save': 'Сохранить',
  'common.saving': 'Сохраняем…',
  'common.cancel': 'Отмена',
  'common.close': 'Закрыть',
  'common.edit': 'Изменить',
  'common.optional': 'необязательно',
  'common.name': 'Имя',
  'common.email': 'Эл. почта',
  'common.password': 'Пароль',
  'common.passwordHint': 'Не короче 8 символов.',
  'common.showPassword': 'Показать пароль',
  'common.hidePassword': 'Скрыть пароль',
  'common.retry': 'Повторить',

  'error.network': 'Нет связи с сервером. Проверьте подключение и попробуйте ещё раз.',
  'error.generic': 'Что-то пошло не так. Попробуйте ещё раз.',
  'error.fieldsInvalid': 'Исправьте отмеченные поля.',
  'error.required': 'Обязательное поле.',
  'error.passwordTooShort': 'Нужно не меньше 8 символов.',
  'error.emailInvalid': 'Введите адрес вида name@example.com.',
  'error.forbidden': 'У вас нет прав на это действие.',
  'error.tooLong': 'Не длиннее {max} символов.',
  'error.lastAdmin': 'В команде должен остаться хотя бы один активный администратор.',
  'error.unavailable':
    'Сервер не смог сохранить изменения. Ничего не изменилось — попробуйте ещё раз.',
  'error.rateLimited': 'Слишком много запросов. Подождите немного и повторите.',

  'conn.offline': 'Нет связи — переподключаемся…',

  'login.title': 'Вход в npsdesk',
  'login.subtitle': 'С возвращением! Разговоры вашей команды ждут.',
  'login.submit': 'Войти',
  'login.submitting': 'Входим…',
  'login.invalid': 'Неверная почта или пароль.',
  'login.rateLimited': 'Слишком много попыток. Повторите через {seconds} с.',
  'login.rateLimitedSoon': 'Слишком много попыток. Повторите чуть позже.',
  'login.setupNeeded':
    'Сервер ещё не настроен. Откройте ссылку для настройки, которую сервер вывел в консоль.',
  'login.sessionEnded': 'Сеанс завершён. Войдите снова.',

  'setup.title': 'Настройка npsdesk',
  'setup.subtitle': 'Создайте первую учётную запись администратора. Команду добавите потом.',
  'setup.submit': 'Создать администратора',
  'setup.submitting': 'Создаём…',
  'setup.done': 'Сервер уже настроен.',
  'setup.doneHint': 'Войдите под своей учётной записью.',
  'setup.toLogin': 'Перейти ко входу',
  'setup.tokenMissing': 'В ссылке нет токена настройки. Откройте полную ссылку из консоли сервера.',
  'setup.tokenInvalid':
    'Ссылка для настройки неверна или устарела. Перезапустите сервер, чтобы получить новую.',
  'setup.alreadySetUp': 'Сервер уже кто-то настроил. Просто войдите.',
  'setup.welcome': 'Добро пожаловать, {name}! Всё готово к работе.',

  'shell.skip': 'Перейти к содержимому',
  'shell.openMenu': 'Открыть меню',

  'bell.label': 'Уведомления',
  'bell.labelUnread': 'Уведомления, непрочитанных: {count}',
  'bell.title': 'Уведомления',
  'bell.markAll': 'Прочитать все',
  'bell.markRead': 'Отметить прочитанным',
  'bell.empty': 'Новых уведомлений нет.',
  'bell.emptyHint': 'Здесь появятся низкие оценки NPS и другие оповещения.',
  'bell.loadError': 'Не удалось загрузить уведомления.',
  'bell.type.nps_critical': 'Низкая оценка NPS',
  'bell.type.other': 'Уведомление',
  'bell.open': 'Открыть',
  'bell.unread': 'Не прочитано',
  'bell.filter': 'Показать',
  'bell.filterAll': 'Все',
  'bell.filterUnread': 'Непрочитанные',
  'bell.emptyUnread': 'Непрочитанных уведомлений нет.',

  'time.justNow': 'только что',

  'user.menu': 'Меню учётной записи',
  'user.profile': 'Профиль',
  'user.logout': 'Выйти',
  'user.role.admin': 'Администратор',
  'user.role.manager': 'Менеджер',

  'inbox.title': 'Входящие',
  'inbox.emptyTitle': 'Разговоров пока нет',
  'inbox.emptyText': 'Поделитесь ссылкой на веб-чат — и первый клиент не заставит себя ждать.',

  'cards.title': 'Карточки',

  'dashboard.title': 'Дашборд',
  'dashboard.emptyTitle': 'На дашборде пока пусто',
  'dashboard.emptyText': 'Добавьте виджет NPS, чтобы видеть, как клиенты оценивают работу команды.',

  'events.title': 'События',
  'events.emptyTitle': 'Событий пока нет',
  'events.emptyText': 'Здесь будут сообщения, отправленные опросы и новые оценки NPS.',

  'settings.title': 'Настройки',
  'settings.nav': 'Разделы настроек',
  'settings.users': 'Пользователи',
  'settings.channels': 'Чаты и мессенджеры',
  'settings.profile': 'Ваш профиль',
  'settings.adminOnly': 'Управлять пользователями могут только администраторы.',

  'users.title': 'Пользователи',
  'users.subtitle': 'Кто может входить в систему и общаться с клиентами.',
  'users.add': 'Добавить пользователя',
  'users.table': 'Сотрудники',
  'users.col.name': 'Имя',
  'users.col.email': 'Эл. почта',
  'users.col.role': 'Роль',
  'users.col.status': 'Статус',
  'users.col.actions': 'Действия',
  'users.status.active': 'Активен',
  'users.status.deactivated': 'Отключён',
  'users.you': 'вы',
  'users.deactivate': 'Отключить',
  'users.reactivate': 'Включить',
  'users.editUser': 'Изменить: {name}',
  'users.deactivateUser': 'Отключить: {name}',
  'users.reactivateUser': 'Включить: {name}',
  'users.addTitle': 'Новый пользователь',
  'users.editTitle': 'Изменение пользователя',
  'users.role': 'Роль',
  'users.roleHint': 'Администраторы также управляют пользователями, каналами и NPS‑ботом.',
  'users.newPassword': 'Новый пароль',
  'users.newPasswordHint': 'Оставьте пустым, чтобы не менять пароль.',
  'users.create': 'Добавить',
  'users.created': 'Пользователь {name} может входить в систему.',
  'users.updated': 'Изменения для {name} сохранены.',
  'users.deactivated': 'Пользователь {name} отключён и больше не может войти.',
  'users.reactivated': 'Пользователь {name} снова может входить.',
  'users.loadError': 'Не удалось загрузить пользователей.',
  'users.emailTaken': 'Пользователь с такой почтой уже есть.',

  'profile.title': 'Ваш профиль',
  'profile.subtitle': 'Так вас видят коллеги и клиенты.',
  'profile.details': 'Данные',
  'profile.saved': 'Имя сохранено.',
  'profile.passwordTitle': 'Смена пароля',
  'profile.passwordText': 'После смены пароля другие сеансы будут завершены.',
  'profile.currentPassword': 'Текущий пароль',
  'profile.newPassword': 'Новый пароль',
  'profile.changePassword': 'Сменить пароль',
  'profile.passwordChanged': 'Пароль изменён.',
  'profile.wrongPassword': 'Текущий пароль введён неверно.',
  'profile.role': 'Роль',

  'notFound.title': 'Страница не найдена',
  'notFound.text': 'Такой страницы нет, или она переехала.',
  'notFound.home': 'Во входящие',

  'toast.close': 'Закрыть',
  'toast.region': 'Оповещения',

  // Chats: the inbox, cards and channels (issue 3), each in its own file.
  ...inboxRu,
  ...analyticsRu,
  ...cardsRu,
  ...channelsRu,
  ...botRu,
  ...npsRu,
  ...integrationsRu,
};

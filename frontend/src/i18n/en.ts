import { analyticsEn } from './analytics.en';
import { cardsEn } from './cards.en';
import { channelsEn } from './channels.en';
import { inboxEn } from './inbox.en';
import { integrationsEn } from './integrations.en';
import { botEn } from './constructor.en';
import { npsEn } from './nps.en';

/**
 * en is the English dictionary and the reference for every other language:
 * its keys are the set of messages the interface may show. `{name}` marks a
 * value filled in by `t(key, { name })`.
 */
export const en = {
  'app.name': 'npsdesk',
  'app.loading': 'Loading…',
  'app.tagline': 'NPS surveys in your customer chats',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ru': 'Русский',

  'nav.main': 'Main navigation',
  'nav.inbox': 'Inbox',
  'nav.cards': 'Cards',
  'nav.dashboard': 'Dashboard',
  'nav.events': 'Events',
  'nav.settings': 'Settings',

  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.edit': 'Edit',
  'common.optional': 'optional',
  'common.name': 'Name',
  'common.email': 'Email',
  'common.password': 'Password',
  'common.passwordHint': 'At least 8 characters.',
  'common.showPassword': 'Show password',
  'common.hidePassword': 'Hide password',
  'common.retry': 'Try again',

  'error.network': 'Can’t reach the server. Check your connection and try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'error.fieldsInvalid': 'Please correct the highlighted fields.',
  'error.required': 'Required.',
  'error.passwordTooShort': 'Use at least 8 characters.',
  'error.emailInvalid': 'Enter an email address like name@example.com.',
  'error.forbidden': 'You don’t have permission to do that.',
  'error.tooLong': 'Use at most {max} characters.',
  'error.lastAdmin': 'The team must keep at least one active administrator.',
  'error.unavailable': 'The server couldn’t save this just now. Nothing was changed — try again.',
  'error.rateLimited': 'Too many requests. Please wait a moment and try again.',

  'conn.offline': 'Offline — reconnecting…',

  'login.title': 'Sign in to npsdesk',
  'login.subtitle': 'Welcome back. Your team’s conversations are waiting.',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.invalid': 'Wrong email or password.',
  'login.rateLimited': 'Too many attempts. Try again in {seconds} s.',
  'login.rateLimitedSoon': 'Too many attempts. Try again in a moment.',
  'login.setupNeeded':
    'This server hasn’t been set up yet. Open the setup link printed in the server’s console.',
  'login.sessionEnded': 'Your session has ended. Please sign in again.',

  'setup.title': 'Set up npsdesk',
  'setup.subtitle': 'Create the first administrator account. You’ll add your team afterwards.',
  'setup.submit': 'Create administrator',
  'setup.submitting': 'Creating…',
  'setup.done': 'This server is already set up.',
  'setup.doneHint': 'Sign in with your account instead.',
  'setup.toLogin': 'Go to sign in',
  'setup.tokenMissing':
    'The setup link is missing its token. Open the full link printed in the server’s console.',
  'setup.tokenInvalid':
    'This setup link is wrong or has expired. Restart the server to print a fresh one.',
  'setup.alreadySetUp': 'Someone has already set up this server. Sign in instead.',
  'setup.welcome': 'Welcome, {name}! Your workspace is ready.',

  'shell.skip': 'Skip to content',
  'shell.openMenu': 'Open menu',

  'bell.label': 'Notifications',
  'bell.labelUnread': 'Notifications, unread: {count}',
  'bell.title': 'Notifications',
  'bell.markAll': 'Mark all read',
  'bell.markRead': 'Mark read',
  'bell.empty': 'You’re all caught up.',
  'bell.emptyHint': 'Critical scores and other alerts will appear here.',
  'bell.loadError': 'Couldn’t load notifications.',
  'bell.type.nps_critical': 'Critical NPS score',
  'bell.type.other': 'Notification',
  'bell.open': 'Open',
  'bell.unread': 'Unread',
  'bell.filter': 'Show',
  'bell.filterAll': 'All',
  'bell.filterUnread': 'Unread',
  'bell.emptyUnread': 'No unread notifications.',

  'time.justNow': 'just now',

  'user.menu': 'Account menu',
  'user.profile': 'Profile',
  'user.logout': 'Log out',
  'user.role.admin': 'Administrator',
  'user.role.manager': 'Manager',

  'inbox.title': 'Inbox',
  'inbox.emptyTitle': 'No conversations yet',
  'inbox.emptyText': 'Share your web chat link to get the first one.',

  'cards.title': 'Cards',

  'dashboard.title': 'Dashboard',
  'dashboard.emptyTitle': 'Your dashboard is empty',
  'dashboard.emptyText': 'Add an NPS widget to see how customers rate your team.',

  'events.title': 'Events',
  'events.emptyTitle': 'Nothing has happened yet',
  'events.emptyText': 'Messages, surveys and new NPS ratings will be listed here as they come in.',

  'settings.title': 'Settings',
  'settings.nav': 'Settings sections',
  'settings.users': 'Users',
  'settings.channels': 'Chats and messengers',
  'settings.profile': 'Your profile',
  'settings.adminOnly': 'Only administrators can manage users.',

  'users.title': 'Users',
  'users.subtitle': 'People who can sign in and chat with your customers.',
  'users.add': 'Add user',
  'users.table': 'Team members',
  'users.col.name': 'Name',
  'users.col.email': 'Email',
  'users.col.role': 'Role',
  'users.col.status': 'Status',
  'users.col.actions': 'Actions',
  'users.status.active': 'Active',
  'users.status.deactivated': 'Deactivated',
  'users.you': 'you',
  'users.deactivate': 'Deactivate',
  'users.reactivate': 'Reactivate',
  'users.editUser': 'Edit {name}',
  'users.deactivateUser': 'Deactivate {name}',
  'users.reactivateUser': 'Reactivate {name}',
  'users.addTitle': 'Add a user',
  'users.editTitle': 'Edit user',
  'users.role': 'Role',
  'users.roleHint': 'Administrators also manage users, channels and the NPS bot.',
  'users.newPassword': 'New password',
  'users.newPasswordHint': 'Leave empty to keep the current password.',
  'users.create': 'Add user',
  'users.created': '{name} can now sign in.',
  'users.updated': 'Changes to {name} saved.',
  'users.deactivated': '{name} is deactivated and can no longer sign in.',
  'users.reactivated': '{name} can sign in again.',
  'users.loadError': 'Couldn’t load users.',
  'users.emailTaken': 'A user with this email already exists.',

  'profile.title': 'Your profile',
  'profile.subtitle': 'How your teammates and customers see you.',
  'profile.details': 'Details',
  'profile.saved': 'Your name is saved.',
  'profile.passwordTitle': 'Change password',
  'profile.passwordText': 'Other sessions are signed out when you change it.',
  'profile.currentPassword': 'Current password',
  'profile.newPassword': 'New password',
  'profile.changePassword': 'Change password',
  'profile.passwordChanged': 'Your password is changed.',
  'profile.wrongPassword': 'The current password is wrong.',
  'profile.role': 'Role',

  'notFound.title': 'Page not found',
  'notFound.text': 'The page you’re looking for doesn’t exist or has moved.',
  'notFound.home': 'Back to Inbox',

  'toast.close': 'Dismiss',
  'toast.region': 'Notifications',

  // Chats: the inbox, cards and channels (issue 3), each in its own file.
  ...inboxEn,
  ...analyticsEn,
  ...cardsEn,
  ...channelsEn,
  ...botEn,
  ...npsEn,
  ...integrationsEn,
} as const;

/** MessageKey names one message of the interface. */
export type MessageKey = keyof typeof en;

/** Messages is a complete dictionary: one string for every key of `en`. */
export type Messages = Record<MessageKey, string>;

import { Navigate, type RouteObject } from 'react-router-dom';
import { ConstructorRoute } from './constructor/ConstructorRoute';
import { AppShell } from './pages/AppShell';
import { CardDetailPage } from './pages/cards/CardDetailPage';
import { CardsPage } from './pages/CardsPage';
import { DashboardPage } from './pages/DashboardPage';
import { EventsPage } from './pages/EventsPage';
import { InboxPage } from './pages/InboxPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProfilePage } from './pages/ProfilePage';
import { SetupPage } from './pages/SetupPage';
import { ChannelsPage } from './pages/settings/ChannelsPage';
import { IntegrationsPage } from './pages/settings/IntegrationsPage';
import { SettingsIndex } from './pages/settings/SettingsIndex';
import { SettingsLayout } from './pages/settings/SettingsLayout';
import { UsersPage } from './pages/settings/UsersPage';
import { Root } from './Root';
import { RequireSession } from './session/RequireSession';

/** routes is the app's route table, read top to bottom. */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/login', element: <LoginPage /> },
      {
        element: (
          <RequireSession>
            <AppShell />
          </RequireSession>
        ),
        children: [
          { index: true, element: <Navigate to="/inbox" replace /> },
          { path: 'inbox', element: <InboxPage /> },
          { path: 'inbox/:conversationId', element: <InboxPage /> },
          { path: 'cards', element: <CardsPage /> },
          { path: 'cards/:tab/:id', element: <CardDetailPage /> },
          { path: 'dashboard', element: <DashboardPage /> },
          { path: 'events', element: <EventsPage /> },
          {
            path: 'settings',
            element: <SettingsLayout />,
            children: [
              { index: true, element: <SettingsIndex /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'channels', element: <ChannelsPage /> },
              { path: 'integrations', element: <IntegrationsPage /> },
            ],
          },
          { path: 'settings/bot/:id', element: <ConstructorRoute /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

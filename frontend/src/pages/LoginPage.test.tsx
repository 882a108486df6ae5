import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/language';
import { ToastProvider } from '../toast/ToastProvider';
import { LoginPage } from './LoginPage';

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** serve answers GET /setup with "set up" and the login POST with `login`. */
function serve(login: () => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/v1/setup') return json(200, { needed: false });
    if (url === '/api/v1/auth/login' && init?.method === 'POST') return login();
    return json(404, { error: { code: 'not_found', message: 'no' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderLogin(lang: Lang = 'en') {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/inbox', element: <p>Inbox page</p> },
    ],
    { initialEntries: ['/login'] },
  );
  render(
    <I18nProvider initial={lang}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </I18nProvider>,
  );
  return router;
}

async function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('shows "Wrong email or password" on 401', async () => {
    const fetchMock = serve(() =>
      json(401, { error: { code: 'invalid_credentials', message: 'wrong email or password' } }),
    );
    renderLogin();
    await submit('ann@example.com', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Wrong email or password.',
    );
    const body = JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body));
    expect(body).toEqual({ email: 'ann@example.com', password: 'wrong-password' });
  });

  it('shows the wait from Retry-After on 429, in Russian too', async () => {
    serve(() =>
      json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '30' }),
    );
    renderLogin('ru');
    fireEvent.change(screen.getByLabelText('Эл. почта'), { target: { value: 'a@b.co' } });
    fireEvent.change(screen.getByLabelText('Пароль'), { target: { value: 'whatever1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Войти' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Слишком много попыток. Повторите через 30 с.');
    expect(screen.getByRole('button', { name: 'Войти' })).toHaveProperty('disabled', true);
  });

  it('asks for empty fields without calling the server', async () => {
    const fetchMock = serve(() => json(200, {}));
    renderLogin();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findAllByText('Required.')).toHaveLength(2);
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/v1/auth/login')).toBe(false);
  });

  it('goes to the inbox after signing in', async () => {
    serve(() =>
      json(200, {
        access_token: 't',
        user: { id: 1, name: 'Ann', email: 'a@b.co', role: 'admin', active: true, created_at: '' },
      }),
    );
    const router = renderLogin();
    await submit('a@b.co', 'correct-horse');
    expect(await screen.findByText('Inbox page')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inbox');
  });
});

import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAsAdmin } from './adminSession';
import { readServerState } from './server-state';
import { ensureAdmin } from './team';

/**
 * The bot constructor (issue 5) in real Chromium against the real server:
 * drag a step from the palette, wire it to the condition's "no" output, edit
 * it, save, reload; break the bot and see Save refuse and the step marked;
 * restore the default bot.
 */
const server = readServerState();
test.use({ baseURL: server.baseURL, locale: 'en-US', viewport: { width: 1366, height: 768 } });

test.beforeAll(() => ensureAdmin(server));

/** signIn starts the page signed in as the admin with the shared session (no login of its own). */
function signIn(page: Page) {
  return signInAsAdmin(page.context(), server);
}

/** npsBot returns the NPS bot as the API has it. */
async function npsBot(page: Page, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const list = await (await page.request.get('/api/v1/bots', { headers })).json();
  const id = (list.items.find((b: { kind?: string }) => b.kind === 'nps') ?? list.items[0]).id;
  return (await (await page.request.get(`/api/v1/bots/${id}`, { headers })).json()) as {
    id: number;
    graph: { nodes: { id: string; type: string; data?: { text?: string } }[]; edges: { id: string; source: string; source_handle?: string; target: string }[] };
  };
}

const step = (page: Page, id: string) => page.getByTestId(`rf__node-${id}`);

/** dragBetween presses the mouse on one element and releases it on another, in small moves as a person would. */
async function dragBetween(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

test.afterAll(async ({ browser }) => {
  // Leave the default bot for the specs that follow, whatever happened above.
  const page = await browser.newPage({ baseURL: server.baseURL });
  const token = await signIn(page);
  const bot = await npsBot(page, token);
  await page.request.post(`/api/v1/bots/${bot.id}/restore-default`, { headers: { Authorization: `Bearer ${token}` } });
  await page.close();
});

test('an admin reshapes the NPS bot on the canvas, saves it, breaks it and restores the default', async ({ page }) => {
  const token = await signIn(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto('/settings/channels');
  await page.getByRole('link', { name: 'Edit NPS bot' }).click();
  await expect(page).toHaveURL(/\/settings\/bot\/\d+$/);
  await expect(page.getByRole('heading', { name: 'NPS bot', level: 1 })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.getByText('All changes saved')).toBeVisible();

  // One edge per output: the "no" output already leads to the thank-you
  // message, so that step goes first (its connection with it).
  await step(page, 'thanks').click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { name: 'Message' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(step(page, 'thanks')).toHaveCount(0);
  await expect(page.getByTestId('rf__edge-e_condition_false')).toHaveCount(0);
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  // Drag a Message from the palette onto an empty part of the canvas.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page
    .getByRole('button', { name: 'Add a step: Message' })
    .dragTo(pane, { targetPosition: { x: box.width * 0.85, y: box.height * 0.3 } });
  const added = step(page, 'message_1');
  await expect(added).toBeVisible();

  // Save is refused while the new step hangs loose, and the step says why.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(added.locator('.step-problem')).toContainText('No path from Start leads here.');

  // Wire the condition's "no" output to it.
  await dragBetween(
    page,
    step(page, 'critical_score').locator('.react-flow__handle[data-handleid="false"]'),
    added.locator('.react-flow__handle.target'),
  );
  await expect(page.getByTestId('rf__edge-e_critical_score_false_message_1')).toHaveCount(1);
  await expect(added.locator('.step-problem')).toHaveCount(0);

  // Edit its text in the side panel.
  await added.click();
  const text = page.getByRole('tabpanel').getByLabel('Text', { exact: true });
  await text.fill('Thanks a lot! Tell your friends about us 🙌');
  await expect(added).toContainText('Thanks a lot! Tell your friends about us');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The bot is saved. New surveys use this version.')).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Reload: it is still there, and the server has exactly that document.
  await page.reload();
  await expect(step(page, 'message_1')).toContainText('Thanks a lot! Tell your friends about us');
  await expect(page.getByTestId('rf__edge-e_critical_score_false_message_1')).toHaveCount(1);
  const saved = await npsBot(page, token);
  expect(saved.graph.nodes.map((n) => n.id)).toEqual(['start', 'nps_question', 'critical_score', 'critical_alert', 'message_1']);
  expect(saved.graph.nodes[4].data?.text).toBe('Thanks a lot! Tell your friends about us 🙌');
  expect(saved.graph.edges).toContainEqual({ id: 'e_critical_score_false_message_1', source: 'critical_score', source_handle: 'false', target: 'message_1' });
  expect(JSON.stringify(saved.graph)).not.toMatch(/selected|measured|dragging/);

  // Break it: without the connection from Start nothing runs. Save is
  // disabled with the reason, and Start is marked with its problem.
  await page.getByTestId('rf__edge-e_start_question').click();
  await page.getByRole('button', { name: 'Delete this connection' }).click();
  await expect(page.getByTestId('rf__edge-e_start_question')).toHaveCount(0);
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeDisabled();
  await expect(page.getByRole('button', { name: /Problems to fix: / })).toBeVisible();
  await expect(step(page, 'start').locator('.step')).toHaveAttribute('aria-invalid', 'true');
  await expect(step(page, 'start').locator('.step-problem')).toContainText('Start must lead to a step.');
  await expect(step(page, 'nps_question').locator('.step-problem')).toContainText('No path from Start leads here.');

  // A connection the engine would refuse is refused on the spot, with the reason.
  await dragBetween(
    page,
    step(page, 'critical_alert').locator('.react-flow__handle.source'),
    step(page, 'critical_alert').locator('.react-flow__handle.target'),
  );
  await expect(page.getByRole('status').filter({ hasText: 'This would make a loop with no step that waits' })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // The problems tab lists them; undo brings the connection back.
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Start must lead to a step.');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('rf__edge-e_start_question')).toHaveCount(1);
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Leaving with unsaved changes asks first.
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('link', { name: 'Chats and messengers' }).first().click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(/\/settings\/bot\/\d+$/);

  // Restore the default bot: the thank-you message is back, saved at once.
  await page.getByRole('button', { name: 'Restore default' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore the default NPS bot?' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The default NPS bot is back.')).toBeVisible();
  await expect(step(page, 'thanks')).toBeVisible();
  await expect(step(page, 'message_1')).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();
  const restored = await npsBot(page, token);
  expect(restored.graph.edges.find((e) => e.id === 'e_condition_false')?.target).toBe('thanks');

  expect(errors).toEqual([]);
});

test('Try it runs the unsaved bot against a simulated customer', async ({ page }) => {
  const bot = await npsBot(page, await signIn(page));
  await page.goto(`/settings/bot/${bot.id}`);
  await page.getByRole('tab', { name: 'Try it' }).click();
  const chat = page.getByRole('tabpanel');
  await expect(chat).toContainText('How likely are you to recommend us');
  await expect(step(page, 'nps_question').locator('.step-active')).toHaveCount(1);
  await chat.getByRole('button', { name: '3', exact: true }).click();
  await expect(chat).toContainText('Score 3 would be recorded.');
  await expect(chat).toContainText('Would notify Alice Admin: “Critical NPS score 3 from Anna in conversation #42”');
  await chat.getByRole('button', { name: 'Restart' }).click();
  await chat.getByLabel('Reply as the customer').fill('great');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(chat).toContainText('Please reply with a number from 0 to 10.');
  await chat.getByLabel('Reply as the customer').fill('9 / 10');
  await chat.getByRole('button', { name: 'Send' }).click();
  await expect(chat).toContainText('Thank you for your rating!');
  await expect(step(page, 'thanks').locator('.step-active')).toHaveCount(1);
});

test('duplicate, arrange, export and import, with hostile files refused', async ({ page }) => {
  const token = await signIn(page);
  const bot = await npsBot(page, token);
  await page.goto(`/settings/bot/${bot.id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  // Ctrl+D duplicates the selected step; Ctrl+Z takes it back.
  await step(page, 'thanks').click();
  await page.keyboard.press('Control+d');
  await expect(step(page, 'message_1')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(step(page, 'message_1')).toHaveCount(0);

  // Arrange lays the steps out again: only positions change.
  const before = await step(page, 'thanks').boundingBox();
  await page.getByRole('button', { name: 'Arrange' }).click();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect.poll(async () => (await step(page, 'thanks').boundingBox())?.x).not.toBe(before?.x);

  // Export downloads the document: the api.md graph and nothing else.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(Object.keys(exported).sort()).toEqual(['edges', 'nodes', 'version']);
  expect(exported.nodes.map((n: { id: string }) => n.id)).toEqual(['start', 'nps_question', 'critical_score', 'critical_alert', 'thanks']);
  expect(JSON.stringify(exported)).not.toMatch(/selected|measured|dragging/);

  // Hostile or broken files are refused with a reason; nothing changes.
  const choose = (name: string, text: string) =>
    page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await choose('broken.json', '{"version": 1, "nodes": [');
  await expect(page.getByText('The file isn’t JSON.')).toBeVisible();
  await choose('v2.json', JSON.stringify({ ...exported, version: 2 }));
  await expect(page.getByText('The file is a bot of version 2')).toBeVisible();
  const many = Array.from({ length: 10000 }, (_, i) => ({ id: `n${i}`, type: 'stop', position: { x: 0, y: 0 } }));
  await choose('huge.json', JSON.stringify({ version: 1, nodes: many, edges: [] }));
  await expect(page.getByText('The file has 10000 steps and 0 connections')).toBeVisible();
  await choose('hook.json', JSON.stringify({ ...exported, nodes: [...exported.nodes, { id: 'w', type: 'webhook', position: { x: 0, y: 0 } }] }));
  await expect(page.getByText('step types this npsdesk doesn’t know: “webhook”')).toBeVisible();
  const long = exported.nodes.map((n: { id: string }) => (n.id === 'thanks' ? { ...n, data: { text: 'x'.repeat(5000) } } : n));
  await choose('long.json', JSON.stringify({ ...exported, nodes: long }));
  await expect(page.getByText('The file has a text or an id longer than allowed')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  // A good file comes in as an unsaved change; script in a text stays text.
  const script = exported.nodes.map((n: { id: string }) =>
    n.id === 'thanks' ? { ...n, data: { text: '<img src=x onerror=alert(1)> Thanks!' } } : n,
  );
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog ${d.message()}`);
  });
  await choose('good.json', JSON.stringify({ ...exported, nodes: script }));
  await expect(page.getByText('Bot imported from “good.json”')).toBeVisible();
  await expect(step(page, 'thanks')).toContainText('<img src=x onerror=alert(1)> Thanks!');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Importing never saves: the server still has the bot as it was.
  expect((await npsBot(page, token)).graph).toEqual(bot.graph);
});

test('the canvas pans, zooms and fits with a minimap; every step type is in the palette and added from the keyboard; wiring is refused with a reason; it reads in Russian', async ({
  page,
}) => {
  const bot = await npsBot(page, await signIn(page));
  await page.goto(`/settings/bot/${bot.id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  const viewport = page.locator('.react-flow__viewport');
  const transform = () => viewport.evaluate((el) => getComputedStyle(el).transform);

  // Minimap and controls; zoom in, fit to view, pan by dragging the empty canvas.
  await expect(page.getByLabel('Overview of the bot')).toBeVisible();
  await expect(page.locator('.react-flow__minimap-node')).toHaveCount(5);
  const fitted = await transform();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(transform).not.toBe(fitted);
  await page.getByRole('button', { name: 'Fit the bot to the screen' }).click();
  await expect.poll(transform).toBe(fitted);
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 130, box.y + 90, { steps: 8 });
  await page.mouse.up();
  await expect.poll(transform).not.toBe(fitted);

  // Every step type, each with its own icon; the condition's outputs say yes and no.
  const types = ['Message', 'NPS question', 'Condition', 'Internal message', 'Question', 'Pause', 'Stop'];
  for (const name of types) {
    await expect(page.getByRole('button', { name: `Add a step: ${name}`, exact: true }).locator('svg')).toHaveCount(1);
  }
  const icons = await page
    .locator('.palette-item .step-icon svg')
    .evaluateAll((svgs) => svgs.map((svg) => svg.innerHTML));
  expect(new Set(icons).size).toBe(types.length);
  await expect(step(page, 'critical_score').locator('.step-branch-yes')).toHaveText('yes');
  await expect(step(page, 'critical_score').locator('.step-branch-no')).toHaveText('no');

  // Keyboard only: focus a palette entry and press Enter to add the step.
  await page.getByRole('button', { name: 'Add a step: Pause', exact: true }).focus();
  await page.keyboard.press('Enter');
  const pause = step(page, 'pause_1');
  await expect(pause).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // A second connection from an output that already has one is refused on the spot.
  await page.getByRole('button', { name: 'Fit the bot to the screen' }).click();
  await dragBetween(page, step(page, 'start').locator('.react-flow__handle.source'), pause.locator('.react-flow__handle.target'));
  await expect(page.getByRole('status').filter({ hasText: 'This output is already connected' })).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  // Start has no input to connect to.
  await expect(step(page, 'start').locator('.react-flow__handle.target')).toHaveCount(0);

  // The same screen in Russian (nothing saved: the added step is left unsaved).
  await page.keyboard.press('Control+z');
  await expect(pause).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.evaluate(() => window.localStorage.setItem('npsdesk.lang', 'ru'));
  await page.reload();
  // (The heading is the bot's own name, which is data, not interface.)
  await expect(page.getByRole('heading', { name: 'Шаги', level: 2 })).toBeVisible();
  for (const name of ['Сообщение', 'Вопрос NPS', 'Условие', 'Внутреннее сообщение', 'Вопрос', 'Пауза', 'Стоп']) {
    await expect(page.getByRole('button', { name: `Добавить шаг: ${name}`, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Приблизить' })).toBeVisible();
  await expect(page.getByLabel('Обзор бота')).toBeVisible();
  await expect(step(page, 'critical_score').locator('.step-branch-no')).toHaveText('нет');
  await expect(page.getByRole('button', { name: 'Сохранить', exact: true })).toBeVisible();
  await page.evaluate(() => window.localStorage.setItem('npsdesk.lang', 'en'));
});

test('a manager is told that the constructor is for administrators', async ({ page }) => {
  // Managers are created by other specs; the page itself decides by role, so
  // stub /me as a manager would get it.
  await signIn(page);
  await page.route('**/api/v1/me', async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, json: { ...(await res.json()), role: 'manager' } });
  });
  await page.goto('/settings/bot/1');
  await expect(page.getByRole('heading', { name: 'Only administrators can edit the NPS bot' })).toBeVisible();
  await expect(page.locator('.react-flow')).toHaveCount(0);
});

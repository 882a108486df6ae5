import { expect, type APIRequestContext } from '@playwright/test';

/** BotGraph is the NPS bot's graph as the API returns it, for specs that reshape it. */
export interface BotGraph {
  version: number;
  nodes: { id: string; type: string; position: { x: number; y: number }; data: unknown }[];
  edges: { id: string; source: string; source_handle?: string; target: string }[];
}

/**
 * switchNpsOn remembers the NPS settings and the NPS bot, then turns NPS on with no
 * cooldown and the default bot (its critical alert goes to the first administrator),
 * reshaped by `reshape` when given. The specs share one server, so the returned
 * function puts the settings and the bot back as they were (call it in afterAll).
 */
export async function switchNpsOn(
  api: APIRequestContext,
  headers: Record<string, string>,
  reshape?: (graph: BotGraph) => void,
): Promise<{ botId: number; restore: () => Promise<void> }> {
  const before: { enabled: boolean; cooldown_days: number; bot_id: number } = await (
    await api.get('/api/v1/settings/nps', { headers })
  ).json();
  const bot = await (await api.get(`/api/v1/bots/${before.bot_id}`, { headers })).json();
  const botBefore = { name: bot.name, graph: bot.graph };

  const restored = await api.post(`/api/v1/bots/${before.bot_id}/restore-default`, { headers });
  expect(restored.ok(), await restored.text()).toBe(true);
  if (reshape) {
    const graph: BotGraph = (await (await api.get(`/api/v1/bots/${before.bot_id}`, { headers })).json()).graph;
    reshape(graph);
    const saved = await api.put(`/api/v1/bots/${before.bot_id}`, { headers, data: { graph } });
    expect(saved.ok(), await saved.text()).toBe(true);
  }
  const on = await api.put('/api/v1/settings/nps', { headers, data: { enabled: true, cooldown_days: 0 } });
  expect(on.ok(), await on.text()).toBe(true);

  const restore = async () => {
    const settings = await api.put('/api/v1/settings/nps', {
      headers,
      data: { enabled: before.enabled, cooldown_days: before.cooldown_days },
    });
    const bot = await api.put(`/api/v1/bots/${before.bot_id}`, { headers, data: botBefore });
    expect(settings.ok(), await settings.text()).toBe(true);
    expect(bot.ok(), await bot.text()).toBe(true);
  };
  return { botId: before.bot_id, restore };
}

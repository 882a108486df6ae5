import { describe, expect, it } from 'vitest';
import { readJSON } from '../rules/fixtures';
import { validate } from '../rules/validate';
import { exportText, sameDocument, toDocument } from './document';
import { addNode, connect, duplicateNodes, moveNodes, reconnect, removeElements, updateNodeData } from './edit';
import type { Graph } from './graph';
import { commit, redo, startHistory, undo } from './history';
import { importGraph } from './importGraph';
import { arrange, freeSpot } from './layout';

const bot = readJSON<{ graph: Graph }>('graphs', 'valid_default.json').graph;

describe('edits', () => {
  it('never change the graph they are given', () => {
    const before = JSON.stringify(bot);
    addNode(bot, 'message', { x: 1, y: 2 }, { text: 'Hi' });
    moveNodes(bot, new Map([['thanks', { x: 9, y: 9 }]]));
    updateNodeData(bot, 'thanks', { text: 'Cheers' });
    removeElements(bot, ['thanks'], ['e_start_question']);
    duplicateNodes(bot, ['critical_score', 'thanks']);
    reconnect(bot, 'e_condition_false', { source: 'critical_score', source_handle: 'false', target: 'critical_alert' });
    expect(JSON.stringify(bot)).toBe(before);
  });

  it('add steps with fresh, readable ids and connections that say what they join', () => {
    const { graph, id } = addNode(bot, 'message', { x: 0, y: 0 }, { text: 'Hi' });
    expect(id).toBe('message_1');
    const wired = connect(removeElements(graph, [], ['e_condition_false']), {
      id: '',
      source: 'critical_score',
      source_handle: 'false',
      target: id,
    });
    expect(wired.id).toBe('e_critical_score_false_message_1');
    expect(validate(wired.graph, null).map((p) => `${p.node_id} ${p.code}`)).toEqual(['thanks unreachable']);
  });

  it('keep unknown data fields when a field is edited', () => {
    const g = { ...bot, nodes: bot.nodes.map((n) => (n.id === 'thanks' ? { ...n, data: { text: 'x', color: 'red' } } : n)) };
    expect(updateNodeData(g, 'thanks', { text: 'y' }).nodes[4].data).toEqual({ text: 'y', color: 'red' });
  });

  it('delete a step with its connections', () => {
    const g = removeElements(bot, ['critical_score'], []);
    expect(g.edges.map((e) => e.id)).toEqual(['e_start_question']);
  });

  it('duplicate steps with the connections between them, never the start', () => {
    const { graph, ids } = duplicateNodes(bot, ['start', 'critical_score', 'thanks']);
    expect(ids).toEqual(['condition_1', 'message_1']);
    expect(graph.edges.at(-1)).toEqual({ id: 'e_condition_1_false_message_1', source: 'condition_1', source_handle: 'false', target: 'message_1' });
    expect(graph.nodes.at(-1)?.position).toEqual({ x: 260, y: 540 });
  });
});

describe('history', () => {
  it('undoes and redoes, and merges a burst of edits with one key', () => {
    let h = startHistory(bot);
    const a = updateNodeData(bot, 'thanks', { text: 'T' });
    const b = updateNodeData(a, 'thanks', { text: 'Th' });
    h = commit(h, a, 'text:thanks', 1000);
    h = commit(h, b, 'text:thanks', 1500);
    expect(h.past).toHaveLength(1);
    h = commit(h, removeElements(b, ['thanks'], []), undefined, 1600);
    expect(h.past).toHaveLength(2);
    h = undo(undo(h));
    expect(h.present).toBe(bot);
    expect(redo(h).present).toBe(b);
  });
});

describe('document', () => {
  it('keeps only the fields of api.md', () => {
    const noisy = {
      ...bot,
      extra: 1,
      nodes: bot.nodes.map((n) => ({ ...n, selected: true, measured: { width: 1, height: 2 } })),
      edges: bot.edges.map((e) => ({ ...e, animated: true })),
    } as Graph;
    expect(toDocument(noisy)).toEqual(bot);
    expect(sameDocument(noisy, bot)).toBe(true);
  });
});

describe('importGraph', () => {
  const ok = (text: string) => importGraph(text);

  it('takes an export back, and a bot as the API returns it', () => {
    expect(ok(exportText(bot))).toEqual({ ok: true, graph: bot });
    expect(ok(JSON.stringify({ id: 1, name: 'NPS bot', graph: bot }))).toEqual({ ok: true, graph: bot });
  });

  it('lets in ordinary problems to fix on the canvas, and script stays text', () => {
    const g = { ...bot, nodes: bot.nodes.map((n) => (n.id === 'thanks' ? { ...n, data: { text: '<script>alert(1)</script>' } } : n)), edges: [] };
    const result = ok(JSON.stringify(g));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"version": 1,', 'not_json'],
    ['not a bot', '[1, 2, 3]', 'not_a_bot'],
    ['a node without a type', JSON.stringify({ version: 1, nodes: [{ id: 'a' }], edges: [] }), 'not_a_bot'],
    ['a bad position', JSON.stringify({ version: 1, nodes: [{ id: 'a', type: 'stop', position: { x: 'left' } }], edges: [] }), 'not_a_bot'],
    ['another version', JSON.stringify({ ...bot, version: 2 }), 'wrong_version'],
    ['10,000 steps', JSON.stringify({ version: 1, nodes: Array.from({ length: 10000 }, (_, i) => ({ id: `n${i}`, type: 'stop', position: { x: 0, y: 0 } })), edges: [] }), 'too_large'],
    ['a huge text', JSON.stringify({ ...bot, nodes: [...bot.nodes, { id: 'm', type: 'message', position: { x: 0, y: 0 }, data: { text: 'x'.repeat(2001) } }] }), 'too_long'],
    ['a huge unknown field', JSON.stringify({ ...bot, nodes: [...bot.nodes, { id: 'm', type: 'message', position: { x: 0, y: 0 }, data: { text: 'x', junk: 'y'.repeat(100000) } }] }), 'too_long'],
    ['unknown types', JSON.stringify({ ...bot, nodes: [...bot.nodes, { id: 'w', type: 'webhook', position: { x: 0, y: 0 } }] }), 'unknown_types'],
    ['duplicate ids', JSON.stringify({ ...bot, nodes: [...bot.nodes, bot.nodes[4]] }), 'broken'],
    ['a bot without Start', JSON.stringify({ ...bot, nodes: bot.nodes.slice(1), edges: bot.edges.slice(1) }), 'no_start'],
    ['a connection to nowhere', JSON.stringify({ ...bot, edges: [...bot.edges, { id: 'x', source: 'thanks', target: 'ghost' }] }), 'broken'],
  ])('refuses %s', (_, text, reason) => {
    const result = ok(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  it('names the unknown types', () => {
    const result = ok(JSON.stringify({ ...bot, nodes: [...bot.nodes, { id: 'w', type: 'webhook', position: { x: 0, y: 0 } }] }));
    expect(result).toEqual({ ok: false, reason: 'unknown_types', types: ['webhook'] });
  });
});

describe('arrange', () => {
  it('puts each step in the row of its distance from the start, yes left of no', () => {
    const g = arrange(bot, () => ({ width: 200, height: 100 }));
    const at = Object.fromEntries(g.nodes.map((n) => [n.id, n.position]));
    expect(at.start).toEqual({ x: -100, y: 0 });
    expect(at.nps_question.y).toBe(172);
    expect(at.critical_alert.x).toBeLessThan(at.thanks.x);
    expect(at.critical_alert.y).toBe(at.thanks.y);
    expect(g.edges).toBe(bot.edges);
  });

  it('places steps no path reaches below the bot', () => {
    const loose = addNode(bot, 'message', { x: 0, y: -500 }, { text: 'x' }).graph;
    const g = arrange(loose, () => ({ width: 200, height: 100 }));
    expect(g.nodes.at(-1)!.position.y).toBeGreaterThan(g.nodes[4].position.y);
  });
});

describe('freeSpot', () => {
  it('keeps the wanted place when it is free, and moves off a step that is there', () => {
    const size = { width: 200, height: 80 };
    expect(freeSpot({ x: 500, y: 500 }, size, [{ x: 0, y: 0, width: 200, height: 80 }])).toEqual({ x: 500, y: 500 });
    const moved = freeSpot({ x: 0, y: 0 }, size, [{ x: 0, y: 0, width: 200, height: 80 }]);
    expect(moved).not.toEqual({ x: 0, y: 0 });
    expect(moved.x >= 224 || moved.x <= -224 || moved.y >= 104 || moved.y <= -104).toBe(true);
  });
});

import type { Graph, Position } from './graph';

/** Size is a step's measured size on the canvas. */
export interface Size {
  width: number;
  height: number;
}

/** Gaps between rows and between steps of a row in the arranged bot. */
export const ROW_GAP = 72;
export const COLUMN_GAP = 56;
const DEFAULT_SIZE: Size = { width: 240, height: 96 };
const HANDLE_ORDER: Record<string, number> = { true: 0, '': 1, false: 2 };

/**
 * arrange lays the bot out top to bottom: each step's row is its distance
 * from the start (breadth-first), rows are centred on one axis, and steps in
 * a row follow the order of their parents (a condition's "yes" branch on the
 * left of its "no"). Steps no path reaches go in rows at the bottom. Only
 * positions change.
 */
export function arrange(g: Graph, sizeOf: (id: string) => Size | undefined): Graph {
  const ids = g.nodes.map((n) => n.id);
  const known = new Set(ids);
  const out = new Map<string, { target: string; handle: string }[]>();
  for (const e of g.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const list = out.get(e.source) ?? [];
    list.push({ target: e.target, handle: e.source_handle ?? '' });
    out.set(e.source, list);
  }
  for (const list of out.values()) list.sort((a, b) => (HANDLE_ORDER[a.handle] ?? 1) - (HANDLE_ORDER[b.handle] ?? 1));

  // Breadth-first from the start, then from each step still unplaced, in
  // document order, so loose parts keep their own shape below the bot.
  const rows: string[][] = [];
  const placed = new Set<string>();
  const starts = [...g.nodes.filter((n) => n.type === 'start'), ...g.nodes.filter((n) => n.type !== 'start')];
  let base = 0;
  for (const root of starts) {
    if (placed.has(root.id)) continue;
    let frontier = [root.id];
    placed.add(root.id);
    let depth = base;
    while (frontier.length > 0) {
      (rows[depth] ??= []).push(...frontier);
      const next: string[] = [];
      for (const id of frontier) {
        for (const { target } of out.get(id) ?? []) {
          if (!placed.has(target)) {
            placed.add(target);
            next.push(target);
          }
        }
      }
      frontier = next;
      depth++;
    }
    base = rows.length;
  }

  const positions = new Map<string, Position>();
  let y = 0;
  for (const row of rows) {
    if (!row) continue;
    const sizes = row.map((id) => sizeOf(id) ?? DEFAULT_SIZE);
    const width = sizes.reduce((sum, s) => sum + s.width, 0) + COLUMN_GAP * (row.length - 1);
    let x = -width / 2;
    row.forEach((id, i) => {
      positions.set(id, { x: Math.round(x), y: Math.round(y) });
      x += sizes[i].width + COLUMN_GAP;
    });
    y += Math.max(...sizes.map((s) => s.height)) + ROW_GAP;
  }
  return { ...g, nodes: g.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })) };
}

/** Box is a step's place and size on the canvas. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SPOT_GAP = 24;
const SPOT_STEP = 48;

/**
 * freeSpot finds the place nearest to `wanted` where a new step of `size`
 * overlaps no existing step, trying rings of candidates around it, so a step
 * added in the middle of the view never lands on top of another.
 */
export function freeSpot(wanted: Position, size: Size, boxes: readonly Box[]): Position {
  const clear = (p: Position) =>
    boxes.every(
      (b) =>
        p.x + size.width + SPOT_GAP <= b.x ||
        b.x + b.width + SPOT_GAP <= p.x ||
        p.y + size.height + SPOT_GAP <= b.y ||
        b.y + b.height + SPOT_GAP <= p.y,
    );
  for (let ring = 0; ring <= 40; ring++) {
    const d = ring * SPOT_STEP;
    const candidates: Position[] =
      ring === 0
        ? [wanted]
        : [
            { x: wanted.x + d, y: wanted.y },
            { x: wanted.x - d, y: wanted.y },
            { x: wanted.x, y: wanted.y + d },
            { x: wanted.x, y: wanted.y - d },
            { x: wanted.x + d, y: wanted.y + d },
            { x: wanted.x - d, y: wanted.y + d },
            { x: wanted.x + d, y: wanted.y - d },
            { x: wanted.x - d, y: wanted.y - d },
          ];
    const found = candidates.find(clear);
    if (found) return found;
  }
  return wanted;
}

import type { SceneGraph, SceneGraphNode } from '@common-ground/shared';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 84;
const COLUMN_GAP = 90;
const ROW_GAP = 28;
const MARGIN = 24;
/** Room above the first row for the "Start" label. */
const TOP = 28;

export interface PlacedNode extends SceneGraphNode {
  x: number;
  y: number;
  /** Choices from the start to reach it, or null when no path reaches it. */
  depth: number | null;
}

export interface MapLayout {
  nodes: PlacedNode[];
  width: number;
  height: number;
}

/**
 * Places the map's scenes in columns by the fewest choices from the start (breadth-first), in
 * authoring order within a column; scenes no path reaches go in a last column of their own, so a
 * problem is visible in the picture too.
 */
export function layoutMap(graph: SceneGraph, startSceneId: string): MapLayout {
  const depth = new Map<string, number>();
  const known = new Set(graph.nodes.map((node) => node.id));
  if (known.has(startSceneId)) {
    depth.set(startSceneId, 0);
    const queue = [startSceneId];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const edge of graph.edges) {
        if (edge.from !== id || depth.has(edge.to)) continue;
        depth.set(edge.to, (depth.get(id) ?? 0) + 1);
        queue.push(edge.to);
      }
    }
  }
  const reachedColumns = depth.size === 0 ? 0 : Math.max(...depth.values()) + 1;
  const columns = new Map<number, number>();
  const nodes = graph.nodes.map((node) => {
    const nodeDepth = depth.get(node.id);
    const column = nodeDepth ?? reachedColumns;
    const row = columns.get(column) ?? 0;
    columns.set(column, row + 1);
    return {
      ...node,
      depth: nodeDepth ?? null,
      x: MARGIN + column * (NODE_WIDTH + COLUMN_GAP),
      y: TOP + MARGIN + row * (NODE_HEIGHT + ROW_GAP),
    };
  });
  const columnCount = Math.max(1, ...[...columns.keys()].map((column) => column + 1));
  const rowCount = Math.max(1, ...columns.values());
  return {
    nodes,
    width: MARGIN * 2 + columnCount * NODE_WIDTH + (columnCount - 1) * COLUMN_GAP,
    height: TOP + MARGIN * 2 + rowCount * NODE_HEIGHT + (rowCount - 1) * ROW_GAP,
  };
}

/** Splits a title into at most two lines of about `width` characters, ending in "…" if cut. */
export function wrapTitle(title: string, width = 24): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (lines.length === 2) break;
  }
  if (line && lines.length < 2) lines.push(line);
  if (lines.length === 2 && words.join(' ').length > lines.join(' ').length && !lines[1].endsWith('…')) {
    const last = lines[1];
    lines[1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  }
  return lines.length > 0 ? lines.slice(0, 2) : ['Untitled scene'];
}

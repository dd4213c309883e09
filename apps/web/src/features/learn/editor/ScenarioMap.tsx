import { sceneGraph, type ScenarioContent } from '@common-ground/shared';
import { useId, useMemo, type MouseEvent } from 'react';
import { plural } from '../components/labels';
import { layoutMap, NODE_HEIGHT, NODE_WIDTH, wrapTitle, type PlacedNode } from './mapLayout';
import { sceneCardId } from './ProblemList';
import '../learn.scss';

export interface ScenarioMapProps {
  content: ScenarioContent;
  /** Opens the scene in the form editor. */
  onSelectScene: (sceneId: string) => void;
}

function titleOf(node: { title: string }): string {
  return node.title.trim() || 'Untitled scene';
}

/** What a node says to a screen reader: its title, whether it starts or ends the story, its problems. */
function describeNode(node: PlacedNode): string {
  const parts = [titleOf(node)];
  if (node.isStart) parts.push('start scene');
  if (node.isEnding) parts.push('ending');
  if (node.depth === null) parts.push('not reached from the start');
  if (node.problems.length > 0) parts.push(plural(node.problems.length, 'problem'));
  return `${parts.join(', ')}. Edit this scene.`;
}

function edgePath(from: PlacedNode, to: PlacedNode): string {
  if (from.id === to.id) {
    // A scene that leads back to itself: a small loop on its right.
    const x = from.x + NODE_WIDTH;
    const y = from.y + NODE_HEIGHT / 2;
    return `M ${x} ${y - 12} C ${x + 50} ${y - 50}, ${x + 50} ${y + 50}, ${x} ${y + 12}`;
  }
  if (to.x > from.x) {
    const x1 = from.x + NODE_WIDTH;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x;
    const y2 = to.y + NODE_HEIGHT / 2;
    const bend = (x2 - x1) / 2;
    return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
  }
  const y1 = from.y + NODE_HEIGHT / 2;
  const y2 = to.y + NODE_HEIGHT / 2;
  if (to.x === from.x) {
    // Within a column: out of the right side and back into the target's right side.
    const x = from.x + NODE_WIDTH;
    return `M ${x} ${y1 + 10} C ${x + 45} ${y1 + 10}, ${x + 45} ${y2 - 10}, ${x + 2} ${y2 - 10}`;
  }
  // Backwards: from the left side to the target's right side.
  const x1 = from.x;
  const x2 = to.x + NODE_WIDTH;
  return `M ${x1} ${y1 + 10} C ${x1 - 45} ${y1 + 10}, ${x2 + 45} ${y2 + 10}, ${x2} ${y2 + 10}`;
}

/**
 * The scenario as a map, the editor's second view: scenes as boxes in columns by distance from the
 * start, choices as arrows (dashed when offered only sometimes). Endings have a double border and
 * the word "Ending"; problems have a "!" icon and a count in words, so nothing relies on colour.
 * Each box is a link to the scene in the form, reachable with Tab, and a visually hidden list
 * gives every link between scenes in words for screen reader users.
 */
export function ScenarioMap({ content, onSelectScene }: ScenarioMapProps) {
  const graph = useMemo(() => sceneGraph(content), [content]);
  const layout = useMemo(() => layoutMap(graph, content.startSceneId), [graph, content.startSceneId]);
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const markerId = `${id}-arrow`;

  const select = (event: MouseEvent<Element>, sceneId: string) => {
    event.preventDefault();
    onSelectScene(sceneId);
  };

  return (
    <div className="app-scenario-map">
      <p className="govuk-body">
        Solid arrows are choices always offered; dashed arrows are choices offered only when their condition holds.
        Select a scene to edit it.
      </p>
      <div className="app-map">
        <svg
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descId}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          <title id={titleId}>Map of the scenario</title>
          <desc id={descId}>
            {`${plural(graph.nodes.length, 'scene')} and ${plural(graph.edges.length, 'link')} between them. The same links are listed after the map.`}
          </desc>
          <defs>
            <marker
              id={markerId}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto-start-reverse"
            >
              <path className="app-map__arrow" d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {graph.edges.map((edge) => {
              const from = byId.get(edge.from);
              const to = byId.get(edge.to);
              if (!from || !to) return null;
              return (
                <path
                  key={edge.choiceId}
                  className={`app-map__edge${edge.conditional ? ' app-map__edge--conditional' : ''}`}
                  d={edgePath(from, to)}
                  markerEnd={`url(#${markerId})`}
                  data-edge={`${edge.from}->${edge.to}`}
                >
                  <title>{edge.label}</title>
                </path>
              );
            })}
          </g>
          {layout.nodes.map((node) => {
            const lines = wrapTitle(titleOf(node));
            const hasProblems = node.problems.length > 0;
            return (
              <a
                key={node.id}
                href={`#${sceneCardId(node.id)}`}
                className={`app-map__node${hasProblems ? ' app-map__node--problem' : ''}`}
                aria-label={describeNode(node)}
                onClick={(event) => select(event, node.id)}
                // Not every browser activates an SVG link with Enter, so handle it here (once).
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  onSelectScene(node.id);
                }}
                data-scene={node.id}
              >
                {node.isStart ? (
                  <text className="app-map__label" x={node.x} y={node.y - 8} aria-hidden="true">
                    Start ▶
                  </text>
                ) : null}
                <rect className="app-map__box" x={node.x} y={node.y} width={NODE_WIDTH} height={NODE_HEIGHT} rx="4" />
                {node.isEnding ? (
                  <rect
                    x={node.x + 5}
                    y={node.y + 5}
                    width={NODE_WIDTH - 10}
                    height={NODE_HEIGHT - 10}
                    rx="2"
                    aria-hidden="true"
                  />
                ) : null}
                <text aria-hidden="true">
                  {lines.map((line, index) => (
                    <tspan key={index} className="app-map__title" x={node.x + 12} y={node.y + 24 + index * 18}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <text aria-hidden="true" x={node.x + 12} y={node.y + NODE_HEIGHT - 12}>
                  {[
                    node.isEnding ? 'Ending' : null,
                    node.depth === null ? 'Not reached' : null,
                    hasProblems ? plural(node.problems.length, 'problem') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </text>
                {hasProblems ? (
                  <g aria-hidden="true">
                    <circle className="app-map__icon" cx={node.x + NODE_WIDTH - 16} cy={node.y + 16} r="10" />
                    <text className="app-map__icon-text" x={node.x + NODE_WIDTH - 19} y={node.y + 21}>
                      !
                    </text>
                  </g>
                ) : null}
              </a>
            );
          })}
        </svg>
      </div>
      <div className="govuk-visually-hidden">
        <h3>Links between scenes</h3>
        {graph.edges.length === 0 ? (
          <p>No choice leads to another scene yet.</p>
        ) : (
          <ul>
            {graph.edges.map((edge) => (
              <li key={edge.choiceId}>
                {titleOf(byId.get(edge.from) ?? { title: edge.from })} →{' '}
                {titleOf(byId.get(edge.to) ?? { title: edge.to })} ({edge.label.trim() || 'unlabelled choice'}
                {edge.conditional ? ', offered only when its condition holds' : ''})
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

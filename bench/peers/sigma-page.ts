// sigma.js (Gephi Lite's renderer, WebGL — software-rendered here) drawing the bench graph with its defaults.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { PeerWindow } from './peer-graph';

const w = window as unknown as Window & PeerWindow;
const { actors, ties } = w.__peerGraph;
const graph = new Graph({ multi: true });
for (const a of actors) graph.addNode(a.id, { x: a.x, y: -a.y, label: a.name, color: a.colour, size: 4 });
for (const t of ties) graph.addEdgeWithKey(t.id, t.from, t.to);
const container = document.getElementById('root')!;
const renderer = new Sigma(graph, container);
// Dragging a node is not built in: the documented pattern (sigma's "drag nodes" example) moves it on mousemovebody.
let dragged: string | null = null;
renderer.on('downNode', (e) => {
  dragged = e.node;
  if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
});
renderer.getMouseCaptor().on('mousemovebody', (e) => {
  if (!dragged) return;
  const pos = renderer.viewportToGraph(e);
  graph.setNodeAttribute(dragged, 'x', pos.x);
  graph.setNodeAttribute(dragged, 'y', pos.y);
  e.preventSigmaDefault();
  e.original.preventDefault();
  e.original.stopPropagation();
});
renderer.getMouseCaptor().on('mouseup', () => (dragged = null));
// The constructor draws the first frame itself (before a listener could hear 'afterRender'); refresh() draws synchronously.
renderer.refresh();
requestAnimationFrame(() => (w.__peerReadyAt = performance.now()));
w.__peerActorOnScreen = (id) => {
  const p = renderer.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number });
  const r = container.getBoundingClientRect();
  return { x: r.left + p.x, y: r.top + p.y };
};

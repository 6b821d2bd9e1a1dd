// vis-network (PRSM's renderer) drawing the bench graph with its defaults, physics off (positions are given).
import { DataSet, Network } from 'vis-network/standalone';
import type { PeerWindow } from './peer-graph';

const w = window as unknown as Window & PeerWindow;
const { actors, ties } = w.__peerGraph;
const container = document.getElementById('root')!;
const network = new Network(
  container,
  {
    nodes: new DataSet(actors.map((a) => ({ id: a.id, label: a.name, x: a.x, y: a.y, color: a.colour }))),
    edges: new DataSet(ties.map((t) => ({ id: t.id, from: t.from, to: t.to }))),
  },
  { physics: false, layout: { improvedLayout: false }, interaction: { dragNodes: true, dragView: true } },
);
network.once('afterDrawing', () => {
  network.fit({ animation: false });
  requestAnimationFrame(() => (w.__peerReadyAt = performance.now()));
});
w.__peerActorOnScreen = (id) => {
  const p = network.canvasToDOM(network.getPosition(id));
  const r = container.getBoundingClientRect();
  return { x: r.left + p.x, y: r.top + p.y };
};

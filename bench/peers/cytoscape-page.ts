// cytoscape.js drawing the bench graph with its defaults and the positions given (preset layout).
import cytoscape from 'cytoscape';
import type { PeerWindow } from './peer-graph';

const w = window as unknown as Window & PeerWindow;
const { actors, ties } = w.__peerGraph;
const cy = cytoscape({
  container: document.getElementById('root'),
  elements: [
    ...actors.map((a) => ({ data: { id: a.id, label: a.name, colour: a.colour }, position: { x: a.x, y: a.y } })),
    ...ties.map((t) => ({ data: { id: t.id, source: t.from, target: t.to } })),
  ],
  layout: { name: 'preset' },
  style: [
    { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)' } },
    { selector: 'edge', style: { width: 1 } },
  ],
});
cy.fit();
cy.one('render', () => requestAnimationFrame(() => (w.__peerReadyAt = performance.now())));
w.__peerActorOnScreen = (id) => {
  const p = cy.getElementById(id).renderedPosition();
  const r = cy.container()!.getBoundingClientRect();
  return { x: r.left + p.x, y: r.top + p.y };
};

// Tab on the map reaches every actor before any tie. React Flow draws ties before actors in the page, so its ties
// came first (66 stops before the first actor on the demo map); ties are now out of the Tab sequence (tabIndex -1,
// flow-convert.ts) and this walks them after the last actor: Tab from the last actor goes to the first tie, on through
// the ties, and from the last tie on to what follows the map; Shift+Tab the reverse.
import { useEffect, type RefObject } from 'react';

const NODES = '.react-flow__node[tabindex="0"]';
const EDGES = '.react-flow__edge[tabindex="-1"]';

function onKeyDown(this: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
  const focused = document.activeElement;
  if (!(focused instanceof Element) || !this.contains(focused)) return;
  const nodes = [...this.querySelectorAll<HTMLElement>(NODES)];
  const edges = [...this.querySelectorAll<SVGElement>(EDGES)];
  if (edges.length === 0) return;
  const lastNode = nodes[nodes.length - 1];
  const edgeIndex = edges.indexOf(focused as SVGElement);
  const move = (to: HTMLElement | SVGElement | undefined) => {
    if (!to) return;
    event.preventDefault();
    to.focus({ preventScroll: false });
  };
  if (edgeIndex === -1) {
    // From the last actor, Tab goes on to the ties.
    if (!event.shiftKey && focused === lastNode) move(edges[0]);
    return;
  }
  if (event.shiftKey) return move(edgeIndex === 0 ? (lastNode ?? undefined) : edges[edgeIndex - 1]);
  if (edgeIndex < edges.length - 1) return move(edges[edgeIndex + 1]);
  // From the last tie, on to whatever follows the map: the browser's Tab from the last actor does exactly that.
  lastNode?.focus({ preventScroll: true });
}

/** True between a Shift+Tab key press and the focus it moves (a pointer press is never a Shift+Tab). */
let tabbingBack = false;
const noteKey = (event: KeyboardEvent) => {
  tabbingBack = event.key === 'Tab' && event.shiftKey;
};
const notePointer = () => {
  tabbingBack = false;
};

/** Shift+Tab into the map from what follows it lands on the last tie, as the mirror of Tab leaving it from there. */
function onFocusIn(this: HTMLElement, event: FocusEvent): void {
  const from = event.relatedTarget;
  // From the zoom buttons, the overview or the legend (inside the map, after the actors) or anything beyond it.
  if (!tabbingBack || !(from instanceof Element) || from.closest('.react-flow__node, .react-flow__edge')) return;
  const nodes = this.querySelectorAll<HTMLElement>(NODES);
  if (event.target !== nodes[nodes.length - 1]) return;
  const edges = this.querySelectorAll<SVGElement>(EDGES);
  edges[edges.length - 1]?.focus();
}

export function useTieTabOrder(container: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    element.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', noteKey, true);
    document.addEventListener('pointerdown', notePointer, true);
    return () => {
      element.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', noteKey, true);
      document.removeEventListener('pointerdown', notePointer, true);
    };
  }, [container]);
}

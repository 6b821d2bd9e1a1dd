// Tarjan's low-link search for articulation points and bridges (graphology has neither), iterative so big maps cannot overflow the stack.

export interface CutPoints<N> {
  articulationPoints: N[];
  /** Each bridge as the pair of nodes it joins. */
  bridges: [N, N][];
}

/**
 * `neighbours(n)` lists each distinct neighbour once (a simple undirected graph; self-loops ignored).
 * A parallel tie is not a bridge: callers merge parallel ties and drop bridges whose pair has more than one tie.
 */
export function cutPoints<N>(nodes: readonly N[], neighbours: (node: N) => readonly N[]): CutPoints<N> {
  const order = new Map<N, number>();
  const low = new Map<N, number>();
  const articulation = new Set<N>();
  const bridges: [N, N][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (order.has(root)) continue;
    order.set(root, counter);
    low.set(root, counter++);
    let rootChildren = 0;
    // Each frame: the node, its parent, its neighbours and how far through them we are.
    const stack: { node: N; parent: N | undefined; next: readonly N[]; i: number }[] = [
      { node: root, parent: undefined, next: neighbours(root), i: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.i < frame.next.length) {
        const child = frame.next[frame.i++]!;
        if (child === frame.node) continue;
        if (!order.has(child)) {
          order.set(child, counter);
          low.set(child, counter++);
          if (frame.node === root) rootChildren++;
          stack.push({ node: child, parent: frame.node, next: neighbours(child), i: 0 });
        } else if (child !== frame.parent) {
          low.set(frame.node, Math.min(low.get(frame.node)!, order.get(child)!));
        }
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === undefined) continue;
      const childLow = low.get(frame.node)!;
      low.set(parent, Math.min(low.get(parent)!, childLow));
      if (childLow > order.get(parent)!) bridges.push([parent, frame.node]);
      if (parent !== root && childLow >= order.get(parent)!) articulation.add(parent);
    }
    if (rootChildren > 1) articulation.add(root);
  }
  return { articulationPoints: nodes.filter((n) => articulation.has(n)), bridges };
}

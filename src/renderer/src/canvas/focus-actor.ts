// Moves keyboard focus to an actor's node on the canvas (after renaming, so keyboard work carries on).
export function focusActor(id: string): void {
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  });
}

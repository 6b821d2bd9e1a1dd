// "Skip to the map": the first stop of Tab, shown only when focused, so keyboard users need not walk the header
// and the Tools panel to reach the actors.
import type { MouseEvent } from 'react';

function skipToMap(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const main = document.querySelector<HTMLElement>('main[aria-label="Map"]');
  if (!main) return;
  // The first actor if there is one (Tab then walks the actors), else the map itself.
  const first = main.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]');
  (first ?? main).focus();
}

export function SkipLink() {
  return (
    <a className="skip-link" href="#map" onClick={skipToMap}>
      Skip to the map
    </a>
  );
}

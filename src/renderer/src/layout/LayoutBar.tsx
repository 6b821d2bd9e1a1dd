// Shown over the map while the automatic layout runs: what is happening, Stop (keep it) and Cancel (put it back).
import { Panel } from '@xyflow/react';
import { cancelForceLayout, stopForceLayout } from './force-runner';
import { useLayoutStore } from './layout-store';

export function LayoutBar() {
  const running = useLayoutStore((s) => s.running);
  const moving = useLayoutStore((s) => s.moving);
  if (!running) return null;
  return (
    <Panel position="top-center" className="layout-bar nowheel nopan nodrag">
      <div role="status" className="layout-bar__text">
        Arranging {moving} actor{moving === 1 ? '' : 's'}…
      </div>
      <button type="button" className="button button--primary button--small" onClick={stopForceLayout}>
        Stop here
      </button>
      <button type="button" className="button button--small" onClick={cancelForceLayout}>
        Cancel
      </button>
    </Panel>
  );
}

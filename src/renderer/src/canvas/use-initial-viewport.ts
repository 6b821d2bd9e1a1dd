// Measures the canvas once, before React Flow mounts, and puts the fitted viewport in its store.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useStoreApi, type Viewport } from '@xyflow/react';
import { useFlowStore } from '../state/flow-store';
import { useSessionStore } from '../state/session-store';
import { initialViewport } from './fit';

export function useInitialViewport(container: RefObject<HTMLDivElement | null>): Viewport | null {
  const store = useStoreApi();
  const [viewport, setViewport] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const fitted = initialViewport(useFlowStore.getState().nodes, width, height, useSessionStore.getState().legendOpen);
    // The provider's store outlives this canvas: seed it too, so the first render already culls at this zoom.
    store.setState({ transform: [fitted.x, fitted.y, fitted.zoom] });
    setViewport(fitted);
  }, [container, store]);
  return viewport;
}

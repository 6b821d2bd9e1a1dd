// The flow coordinates at the middle of the visible canvas, for actors added without a drop point.
import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';

/** The middle of the view in flow coordinates, and how far the view reaches from it each way. */
export interface ViewCentre {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

export function useViewCentre(): () => ViewCentre {
  const store = useStoreApi();
  return useCallback(() => {
    const { width, height, transform } = store.getState();
    const [tx, ty, zoom] = transform;
    return {
      x: (width / 2 - tx) / zoom,
      y: (height / 2 - ty) / zoom,
      halfWidth: width / 2 / zoom,
      halfHeight: height / 2 / zoom,
    };
  }, [store]);
}

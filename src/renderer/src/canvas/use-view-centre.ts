// The flow coordinates at the middle of the visible canvas, for actors added without a drop point.
import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';

export function useViewCentre(): () => { x: number; y: number } {
  const store = useStoreApi();
  return useCallback(() => {
    const { width, height, transform } = store.getState();
    const [tx, ty, zoom] = transform;
    return { x: (width / 2 - tx) / zoom, y: (height / 2 - ty) / zoom };
  }, [store]);
}

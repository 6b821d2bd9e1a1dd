// The part of the map the canvas shows now, in map coordinates, for "export the current view". The canvas registers
// its React Flow store here, so exports can ask without being React components.
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { PictureBounds } from '../../../shared/render/picture-types';

let source: (() => PictureBounds | null) | null = null;

export function currentViewBounds(): PictureBounds | null {
  return source?.() ?? null;
}

/** Called once by the canvas. */
export function useRegisterViewBounds(): void {
  const store = useStoreApi();
  useEffect(() => {
    const read = (): PictureBounds | null => {
      const { width, height, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      if (!width || !height || !zoom) return null;
      return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
    };
    source = read;
    return () => {
      if (source === read) source = null;
    };
  }, [store]);
}

// The actors and ties the map's filter keeps, so the table shows the same records as the canvas.
import type { FilterResult } from '../../../shared/filter';
import { useVisibleStore } from '../state/visible-ids';

/** null when no filter is on: every record is shown. Read from the canvas's own result, so the filter runs once. */
export function useShownIds(): FilterResult | null {
  return useVisibleStore((s) => s.filtered);
}

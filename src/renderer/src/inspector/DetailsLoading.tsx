// What the inspector shows while a record's other fields are on their way from main: never an empty form that could
// be saved over the real values, and, if fetching failed, why.
import { useDetailsFailure } from '../state/use-details';

export function DetailsLoading({ what }: { what: string }) {
  const failed = useDetailsFailure();
  return (
    <p className="inspector__note" role="status" aria-live="polite">
      {failed ? `Could not load ${what}: ${failed} Select it again to try once more.` : `Loading ${what}…`}
    </p>
  );
}

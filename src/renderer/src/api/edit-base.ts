// Which version of the map this view's edits are based on: the version it shows (every change set applied up to it),
// or, for an edit begun earlier (a name being typed), the version when it began. Main refuses an edit that would
// overwrite a field someone changed after its base (`stale-edit`), and merges the rest.

let viewedVersion: number | undefined;
let scoped: number | undefined;

/** The view now shows the map as of `version` (a map loaded, or a change set applied in sequence). */
export function setViewedVersion(version: number | undefined): void {
  viewedVersion = version;
}

export function viewedMapVersion(): number | undefined {
  return viewedVersion;
}

/**
 * Runs `start` with the edits it queues based on `base` (captured when the person began the edit). The edit queue
 * reads the base synchronously when an edit is queued (editBaseNow), so `start` must queue its edit at once.
 */
export function withEditBase<T>(base: number | undefined, start: () => T): T {
  const previous = scoped;
  scoped = base;
  try {
    return start();
  } finally {
    scoped = previous;
  }
}

/** The base for an edit queued now: the scoped one if any, else none yet (the version shown when it is sent). */
export function scopedEditBase(): number | undefined {
  return scoped;
}

/** The base an API call made now carries. */
export function editBaseNow(): number | undefined {
  return scoped ?? viewedVersion;
}

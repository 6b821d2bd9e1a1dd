// Runs a form's save and keeps its refusal, so the field can show the server's sentence beside itself.
import { useCallback, useState } from 'react';
import { describeError } from '../state/describe-error';

export interface Commit {
  error: string | null;
  busy: boolean;
  /** Resolves true when saved, false when refused (the error is then set). */
  commit(save: () => Promise<void>): Promise<boolean>;
  clearError(): void;
}

export function useCommit(): Commit {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commit = useCallback(async (save: () => Promise<void>) => {
    setBusy(true);
    try {
      await save();
      setError(null);
      return true;
    } catch (caught) {
      setError(describeError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { error, busy, commit, clearError };
}

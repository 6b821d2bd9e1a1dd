// Loads one folder's listing through map.browse, and moves to another folder on request.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { FolderListing } from '../../../shared/domain';
import { describeError } from '../state/describe-error';

export interface FolderState {
  listing: FolderListing | null;
  error: string | null;
  loading: boolean;
  go(path?: string): void;
}

export function useFolder(start?: string): FolderState {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const go = useCallback((path?: string) => {
    setLoading(true);
    api['map.browse'](path ? { path } : {}).then(
      (next) => {
        setListing(next);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        setError(describeError(err));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => go(start), [go, start]);
  return { listing, error, loading, go };
}

/** Joins a folder and a file name with the separator the folder's own path uses. */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}

export function withMapExtension(name: string): string {
  return name.toLowerCase().endsWith('.caremap') ? name : `${name}.caremap`;
}

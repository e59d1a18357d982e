// The trail page by page, newest first: the first page on opening, older ones on
// request, appended below so that what was already read stays in place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditEntryView } from '../../../shared/api/audit';
import { useApp } from '../../app/app-context';

export interface AuditTrail {
  entries: readonly AuditEntryView[];
  /** The first page has arrived (until then, no entry does not mean an empty trail). */
  started: boolean;
  hasOlder: boolean;
  loading: boolean;
  error: unknown;
  /** Resolves to whether still older entries remain. */
  loadOlder(): Promise<boolean>;
  /** Asks again for the page that failed. */
  retry(): void;
}

export function useAuditTrail(pageSize: number): AuditTrail {
  const { client } = useApp();
  const [entries, setEntries] = useState<readonly AuditEntryView[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [started, setStarted] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const failedBefore = useRef<number | null>(null);
  const live = useRef(true);

  const load = useCallback(
    async (before: number | null): Promise<boolean> => {
      setLoading(true);
      setError(null);
      try {
        const page = await client.invoke('audit.list', { before, limit: pageSize });
        if (!live.current) return false;
        setEntries((shown) => (before === null ? page.entries : [...shown, ...page.entries]));
        setNextBefore(page.nextBefore);
        setStarted(true);
        return page.nextBefore !== null;
      } catch (failure) {
        if (live.current) {
          failedBefore.current = before;
          setError(failure);
        }
        return before !== null;
      } finally {
        if (live.current) setLoading(false);
      }
    },
    [client, pageSize],
  );

  useEffect(() => {
    live.current = true;
    void load(null);
    return () => {
      live.current = false;
    };
  }, [load]);

  return {
    entries,
    started,
    hasOlder: nextBefore !== null,
    loading,
    error,
    loadOlder: () => (nextBefore === null ? Promise.resolve(false) : load(nextBefore)),
    retry: () => void load(failedBefore.current),
  };
}

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { NO_FILTERS, filterCaseload, indexCaseload, sortCaseload } from '../../domain/caseload';
import type { CaseloadFilters, CaseloadSort, IndexedRow } from '../../domain/caseload';
import type { CaseloadRow, CaseloadSource, CaseloadViewer } from '../../app/ports';

/** How many rows a page shows: typing re-renders at most this many, however large the caseload. */
export const PAGE_SIZE = 25;

export type CaseloadLoad =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'failed' }
  | { kind: 'ready'; source: CaseloadSource; viewer: CaseloadViewer; rows: CaseloadRow[] };

/** Loads the source, the viewer and the rows; `reload` tries again after a failure. */
export function useCaseloadLoad(load: (() => Promise<CaseloadSource>) | null | undefined): [CaseloadLoad, () => void] {
  const [state, setState] = useState<CaseloadLoad>(load ? { kind: 'loading' } : { kind: 'unavailable' });
  const attempt = useRef(0);
  const reload = useCallback(() => {
    if (!load) return;
    const mine = ++attempt.current;
    setState({ kind: 'loading' });
    void (async () => {
      try {
        const source = await load();
        const [viewer, rows] = await Promise.all([source.viewer(), source.listCaseload()]);
        if (mine === attempt.current) setState({ kind: 'ready', source, viewer, rows });
      } catch {
        if (mine === attempt.current) setState({ kind: 'failed' });
      }
    })();
  }, [load]);
  useEffect(reload, [reload]);
  return [state, reload];
}

export interface CaseloadView {
  query: string;
  setQuery: (query: string) => void;
  filters: CaseloadFilters;
  setFilters: (filters: CaseloadFilters) => void;
  sort: CaseloadSort;
  setSort: (sort: CaseloadSort) => void;
  /** The rows that match, in order; `shown` of them are on screen. */
  matches: IndexedRow<CaseloadRow>[];
  shown: IndexedRow<CaseloadRow>[];
  showMore: () => void;
  /** True while the list still shows the result of an earlier keystroke. */
  stale: boolean;
}

/**
 * Search, filters and sort over the rows. The index (folded names, roles, due next) is built once per rows/viewer/day
 * and sorted once per sort; a keystroke only filters strings. The query is deferred, so the search box answers the key
 * first and the list follows; and only a page of rows is rendered.
 */
export function useCaseloadView(rows: readonly CaseloadRow[], addresses: readonly string[], today: Date): CaseloadView {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<CaseloadFilters>(NO_FILTERS);
  const [sort, setSort] = useState<CaseloadSort>('nextEvaluation');
  const [pages, setPages] = useState(1);
  const day = today.toDateString();
  // Keyed on `day`, not `today`: the index changes with the calendar day only, not with each new Date.
  const index = useMemo(() => indexCaseload(rows, addresses, today), [rows, addresses, day]);
  const sorted = useMemo(() => sortCaseload(index, sort), [index, sort]);
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(() => filterCaseload(sorted, deferredQuery, filters), [sorted, deferredQuery, filters]);
  useEffect(() => setPages(1), [deferredQuery, filters, sort]);
  const shown = useMemo(() => matches.slice(0, pages * PAGE_SIZE), [matches, pages]);
  const showMore = useCallback(() => setPages((p) => p + 1), []);
  return { query, setQuery, filters, setFilters, sort, setSort, matches, shown, showMore, stale: deferredQuery !== query };
}

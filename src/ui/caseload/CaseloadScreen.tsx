import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Link } from '@fluentui/react-components';
import type { CaseloadSource, CaseloadViewer, CaseloadRow } from '../../app/ports';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { useServices } from '../services';
import { useT } from '../useT';
import { CaseloadControls } from './CaseloadControls';
import { CaseloadList } from './CaseloadList';
import { TeamOverview } from './TeamOverview';
import { ViewerAddress } from './ViewerAddress';
import { useCaseloadLoad, useCaseloadView } from './useCaseload';
import { useCaseloadStyles } from './caseloadStyles';

const NO_ADDRESSES: readonly string[] = [];

interface ReadyProps {
  source: CaseloadSource;
  viewer: CaseloadViewer;
  rows: CaseloadRow[];
  today: Date;
}

function CaseloadReady({ source, viewer, rows, today }: ReadyProps) {
  const t = useT();
  const styles = useCaseloadStyles();
  const [addresses, setAddresses] = useState<readonly string[]>(viewer.addresses.length > 0 ? viewer.addresses : NO_ADDRESSES);
  const [teamOpen, setTeamOpen] = useState(false);
  const view = useCaseloadView(rows, addresses, today);
  const remember = source.rememberViewerAddress?.bind(source);
  const saveAddress = useCallback(async (address: string) => {
    await remember?.(address);
    setAddresses(address ? [address.toLowerCase()] : NO_ADDRESSES);
  }, [remember]);
  return (
    <>
      {remember ? <ViewerAddress address={addresses[0] ?? ''} onSave={saveAddress} /> : null}
      {viewer.teamLead ? (
        <div>
          <Button aria-expanded={teamOpen} onClick={() => setTeamOpen((open) => !open)}>
            {t(m[teamOpen ? 'caseload.team.hide' : 'caseload.team.show'])}
          </Button>
        </div>
      ) : null}
      {teamOpen ? <TeamOverview source={source} own={rows} today={today} /> : null}
      <CaseloadControls query={view.query} onQuery={view.setQuery} filters={view.filters} onFilters={view.setFilters} sort={view.sort} onSort={view.setSort} />
      <p className={styles.count} role="status" aria-live="polite">
        {t(m['caseload.count'], { shown: view.matches.length, total: rows.length })}
      </p>
      {rows.length === 0
        ? <p>{t(m['caseload.empty'])}</p>
        : <CaseloadList shown={view.shown} total={view.matches.length} stale={view.stale} onMore={view.showMore} />}
    </>
  );
}

export interface CaseloadScreenProps {
  /** Where the "back to the plans" link goes (the plan list's route). */
  backHref: string;
}

/** The caseload tab (issue 21): every plan of every case the professional is on, to search, filter, sort and open. */
export function CaseloadScreen({ backHref }: CaseloadScreenProps) {
  const t = useT();
  const styles = useCaseloadStyles();
  const { caseload, clock, mode } = useServices();
  const [state, reload] = useCaseloadLoad(caseload);
  // One "today" per visit: the due dates do not shift under the user's hands while they type.
  const today = useMemo(() => clock.now(), [clock]);
  useEffect(() => { document.title = t(m['caseload.heading']); }, [t]);
  return (
    <div className={styles.root} data-listed={state.kind === 'loading' ? 'false' : 'true'}>
      <div className={styles.bar}>
        <h1 className={styles.heading}>{t(m['caseload.heading'])}</h1>
        <Link href={backHref}>{t(m['caseload.back'])}</Link>
      </div>
      <p className={styles.intro}>{t(m[mode === 'local' ? 'caseload.intro.local' : 'caseload.intro.tenant'])}</p>
      {state.kind === 'loading' ? <p role="status">{t(m['caseload.loading'])}</p> : null}
      {state.kind === 'unavailable' ? <p>{t(m['caseload.unavailable'])}</p> : null}
      {state.kind === 'failed' ? (
        <div role="alert">
          <p>{t(m['caseload.error'])}</p>
          <Button onClick={reload}>{t(m['caseload.retry'])}</Button>
        </div>
      ) : null}
      {state.kind === 'ready' ? <CaseloadReady source={state.source} viewer={state.viewer} rows={state.rows} today={today} /> : null}
    </div>
  );
}

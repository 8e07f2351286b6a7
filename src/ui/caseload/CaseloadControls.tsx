import { useId } from 'react';
import { Button, Checkbox, Field, SearchBox, Select } from '@fluentui/react-components';
import { CASELOAD_SORTS, HELD_ROLES, NO_FILTERS } from '../../domain/caseload';
import type { CaseloadFilters, CaseloadSort, PlanRole } from '../../domain/caseload';
import type { PlanStatus } from '../../domain';
import { caseloadMessages as m } from '../../i18n/areas/caseload';
import { planListMessages as p } from '../../i18n/areas/planList';
import { useLocale } from '../services';
import { useT } from '../useT';
import { roleText } from './dueText';
import { useCaseloadStyles } from './caseloadStyles';

const STATUSES: readonly PlanStatus[] = ['draft', 'active', 'evaluated', 'closed'];
const ROLES: readonly PlanRole[] = ['professional', ...HELD_ROLES];
type Flag = 'evaluationSoon' | 'validityEndingSoon' | 'crisisOnly' | 'revisionsWaitingOnly';
const FLAGS: ReadonlyArray<[Flag, 'caseload.filter.evaluationSoon' | 'caseload.filter.validityEnding' | 'caseload.filter.crisis' | 'caseload.filter.revisions']> = [
  ['evaluationSoon', 'caseload.filter.evaluationSoon'],
  ['validityEndingSoon', 'caseload.filter.validityEnding'],
  ['crisisOnly', 'caseload.filter.crisis'],
  ['revisionsWaitingOnly', 'caseload.filter.revisions'],
];

export interface CaseloadControlsProps {
  query: string;
  onQuery: (query: string) => void;
  filters: CaseloadFilters;
  onFilters: (filters: CaseloadFilters) => void;
  sort: CaseloadSort;
  onSort: (sort: CaseloadSort) => void;
}

function isStatus(value: string): value is PlanStatus {
  return (STATUSES as readonly string[]).includes(value);
}

function isRole(value: string): value is PlanRole {
  return (ROLES as readonly string[]).includes(value);
}

function isSort(value: string): value is CaseloadSort {
  return (CASELOAD_SORTS as readonly string[]).includes(value);
}

/** Search as you type, the filters and the sort; every choice is a labelled native control. */
export function CaseloadControls({ query, onQuery, filters, onFilters, sort, onSort }: CaseloadControlsProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useCaseloadStyles();
  const legendId = useId();
  const anyFilter = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className={styles.controls} role="search">
      <Field className={styles.search} label={t(m['caseload.search'])}>
        <SearchBox value={query} onChange={(_, data) => onQuery(data.value)} autoComplete="off" data-testid="caseload-search"
          dismiss={{ 'aria-label': t(m['caseload.search.clear']) }} />
      </Field>
      <Field label={t(m['caseload.filter.status'])}>
        <Select value={filters.status ?? ''} onChange={(_, data) => onFilters({ ...filters, status: isStatus(data.value) ? data.value : null })}>
          <option value="">{t(m['caseload.filter.status.all'])}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(p[`status.${s}`])}</option>)}
        </Select>
      </Field>
      <Field label={t(m['caseload.filter.role'])}>
        <Select value={filters.role ?? ''} onChange={(_, data) => onFilters({ ...filters, role: isRole(data.value) ? data.value : null })}>
          <option value="">{t(m['caseload.filter.role.all'])}</option>
          {ROLES.map((r) => <option key={r} value={r}>{roleText(r, locale)}</option>)}
        </Select>
      </Field>
      <Field label={t(m['caseload.sort'])}>
        <Select value={sort} onChange={(_, data) => { if (isSort(data.value)) onSort(data.value); }}>
          {CASELOAD_SORTS.map((s) => <option key={s} value={s}>{t(m[`caseload.sort.${s}`])}</option>)}
        </Select>
      </Field>
      <fieldset className={styles.flags} aria-labelledby={legendId}>
        <legend className={styles.legend} id={legendId}>{t(m['caseload.filters'])}</legend>
        {FLAGS.map(([flag, label]) => (
          <Checkbox key={flag} label={t(m[label])} checked={filters[flag]} onChange={(_, data) => onFilters({ ...filters, [flag]: data.checked === true })} />
        ))}
        {anyFilter ? <Button appearance="subtle" onClick={() => onFilters(NO_FILTERS)}>{t(m['caseload.filter.clear'])}</Button> : null}
      </fieldset>
    </div>
  );
}

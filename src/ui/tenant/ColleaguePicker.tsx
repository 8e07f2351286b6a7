import { useEffect, useState } from 'react';
import { Button, Field, SearchBox, Spinner, Text } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import type { Plan } from '../../domain';
import type { PersonSuggestion } from '../../app/ports';
import { addColleague } from '../../app/people';
import { tenantMessages as tm } from '../../i18n/areas/tenant';
import { useServices } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './panelStyles.styles';
import { useErrorText } from './useErrorText';

/** Waits for a pause in typing: one directory search per word, not per key. */
export const SEARCH_DELAY_MS = 300;

type Search = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; results: PersonSuggestion[] } | { kind: 'failed'; text: string };

/** Finds colleagues in the tenant (`/me/people`, `/users?$search`) and adds one as a professional of section 1. */
export function ColleaguePicker({ plan, onPlanChange }: { plan: Plan; onPlanChange: (plan: Plan) => void }) {
  const t = useT();
  const styles = usePanelStyles();
  const errorText = useErrorText();
  const { people } = useServices();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ kind: 'idle' });
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!people || query.trim().length < 2) { setSearch({ kind: 'idle' }); return undefined; }
    let live = true;
    const timer = setTimeout(() => {
      setSearch({ kind: 'busy' });
      people.search(query).then(
        (results) => { if (live) setSearch({ kind: 'done', results }); },
        (e: unknown) => { if (live) setSearch({ kind: 'failed', text: errorText(e) }); },
      );
    }, SEARCH_DELAY_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [people, query, errorText]);

  const add = (colleague: PersonSuggestion) => {
    const result = addColleague(plan, colleague);
    if (result.added) onPlanChange(result.plan);
    setNotice(t(tm[result.added ? 'people.added' : 'people.already'], { name: colleague.name }));
  };

  return (
    <section className={styles.panel} aria-labelledby="colleague-heading">
      <h3 id="colleague-heading" className={styles.heading}>{t(tm['people.heading'])}</h3>
      <Text className={styles.text}>{t(tm['people.hint'])}</Text>
      <Field label={t(tm['people.search'])}>
        <SearchBox value={query} onChange={(_, d) => { setQuery(d.value); setNotice(null); }} />
      </Field>
      {search.kind === 'busy' && <Spinner size="tiny" />}
      {search.kind === 'failed' && <Text role="alert" className={styles.text}>{search.text}</Text>}
      {search.kind === 'done' && search.results.length === 0 && <Text className={styles.text}>{t(tm['people.none'])}</Text>}
      {search.kind === 'done' && search.results.length > 0 && (
        <ul className={styles.list}>
          {search.results.map((c) => (
            <li key={c.email || c.name}>
              <Button appearance="subtle" icon={<PersonAddRegular />} onClick={() => add(c)}>
                {t(tm['people.add'], { name: c.jobTitle ? `${c.name} (${c.jobTitle})` : c.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {notice && <Text role="status" className={styles.text}>{notice}</Text>}
    </section>
  );
}

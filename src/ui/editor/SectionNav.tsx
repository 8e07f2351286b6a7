import { memo } from 'react';
import { Badge, Field, Select, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { Section, SectionCompletion } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  wide: { '@media (max-width: 759px)': { display: 'none' } },
  narrow: { '@media (min-width: 760px)': { display: 'none' } },
  tab: { textAlign: 'start', whiteSpace: 'normal' },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  // A grid item sizes to its content by default; a native select is as wide as its longest option.
  nav: { minWidth: 0 },
  select: { maxWidth: '100%', minWidth: 0 },
});

export function shortHeading(section: Section, locale: 'nl' | 'en'): string {
  const heading = section.heading[locale];
  return heading.length > 48 ? `${heading.slice(0, 46).trimEnd()}…` : heading;
}

function StateIcon({ state }: { state: SectionCompletion['state'] }) {
  if (state === 'complete') return <CheckmarkCircleRegular aria-hidden />;
  if (state === 'incomplete') return <ErrorCircleRegular aria-hidden />;
  return <CircleRegular aria-hidden />;
}

/** Section navigation with completion: a vertical tab list when wide, a select at side-panel width. */
export const SectionNav = memo(function SectionNav({ sections, completion, current, onSelect }: {
  sections: ReadonlyArray<Section>;
  completion: ReadonlyArray<SectionCompletion>;
  current: string;
  onSelect: (sectionId: string) => void;
}) {
  const locale = useLocale();
  const t = useT();
  const styles = useStyles();
  const stateOf = (id: string) => completion.find((c) => c.sectionId === id);
  const stateText = (id: string) => t(m[`editor.state.${stateOf(id)?.state ?? 'empty'}`]);
  return (
    <nav className={styles.nav} aria-label={t(m['editor.sections'])}>
      <div className={styles.wide}>
        <TabList vertical selectedValue={current} onTabSelect={(_, d) => onSelect(String(d.value))}>
          {sections.map((s) => {
            const c = stateOf(s.id);
            return (
              <Tab key={s.id} value={s.id} className={styles.tab} icon={<StateIcon state={c?.state ?? 'empty'} />}
                aria-label={`${s.heading[locale]} (${stateText(s.id)})`}>
                <span className={styles.label}>
                  {shortHeading(s, locale)}
                  {c && c.errors > 0 && <Badge size="small" color="danger" appearance="tint">{c.errors}</Badge>}
                </span>
              </Tab>
            );
          })}
        </TabList>
      </div>
      <div className={styles.narrow}>
        <Field label={t(m['editor.section.select'])}>
          <Select className={styles.select} value={current} onChange={(_, d) => onSelect(d.value)}>
            {sections.map((s) => <option key={s.id} value={s.id}>{`${shortHeading(s, locale)} (${stateText(s.id)})`}</option>)}
          </Select>
        </Field>
      </div>
    </nav>
  );
});

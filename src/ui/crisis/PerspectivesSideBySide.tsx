import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { PERSPECTIVES, PERSPECTIVE_OPTIONS, TEMPLATE, sideBySide } from '../../domain';
import type { Perspective, Plan } from '../../domain';
import { crisisMessages as m } from '../../i18n/areas/crisis';
import { useLocale } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './styles';

/** The labels of the three analysis lists, from the template (the one description of the form). */
function listLabel(list: string, locale: 'nl' | 'en'): string {
  const field = TEMPLATE.flatMap((s) => s.fields).find((f) => f.id === list);
  return field ? field.label[locale] : list;
}

/**
 * Seed 001: the family's, the network's and the professionals' views put side by side, per part of the analysis.
 * Read-only: the items are edited in the lists above, where each says whose view it is.
 */
export function PerspectivesSideBySide({ plan }: { plan: Plan }) {
  const t = useT();
  const locale = useLocale();
  const styles = usePanelStyles();
  const [open, setOpen] = useState(false);
  const rows = sideBySide(plan);
  const label = (p: Perspective) => PERSPECTIVE_OPTIONS.find((o) => o.value === p)?.label[locale] ?? p;
  return (
    <section className={styles.box} aria-labelledby="side-by-side">
      <h3 id="side-by-side" className={styles.heading}>{t(m['sideBySide.heading'])}</h3>
      <p className={styles.hint}>{t(m['sideBySide.intro'])}</p>
      <div>
        <Button aria-expanded={open} aria-controls="side-by-side-body" onClick={() => setOpen(!open)}>
          {open ? t(m['sideBySide.hide']) : t(m['sideBySide.show'])}
        </Button>
      </div>
      {open && (
        <div id="side-by-side-body">
          {rows.map((row) => (
            // A plain block, not a named region: the list itself in the editor is the region with this name.
            <div key={row.list}>
              <h4 className={styles.subheading}>{listLabel(row.list, locale)}</h4>
              <div className={styles.columns}>
                {[...PERSPECTIVES, 'unknown' as const].map((p) => {
                  const items = row.columns[p];
                  if (p === 'unknown' && items.length === 0) return null;
                  const heading = p === 'unknown' ? t(m['sideBySide.unknown']) : label(p);
                  return (
                    <div key={p} className={styles.card} role="group" aria-label={`${listLabel(row.list, locale)}: ${heading}`}>
                      <h5 className={styles.subheading}>{heading}</h5>
                      {items.length === 0
                        ? <p className={styles.hint}>{t(m['sideBySide.empty'])}</p>
                        : <ul className={styles.list}>{items.map((item) => <li key={item.id} className={styles.words}>{item.text}</li>)}</ul>}
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { compareCaseAccess } from '../../domain';
import type { CaseAccessFinding, Plan } from '../../domain';
import type { CaseAccess } from '../../app/ports';
import { caseAccessMessages as m } from '../../i18n/areas/caseAccess';
import { useServices } from '../services';
import { useT } from '../useT';
import { usePanelStyles } from './panelStyles.styles';

type Known = { kind: 'loading' } | { kind: 'unknown' } | { kind: 'counted'; withAccess: number; viewer: string[]; domains: string[] };

/** Who can open the case, once per opened plan (the count changes in Teams, not while the plan is edited). */
function useCaseAccess(caseAccess: CaseAccess, organisationDomains: () => Promise<string[]>): Known {
  const [known, setKnown] = useState<Known>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([caseAccess.roster(), caseAccess.viewer(), organisationDomains().catch(() => [])]).then(
      ([roster, viewer, domains]) => {
        if (!live) return;
        setKnown(roster.kind === 'counted' ? { kind: 'counted', withAccess: roster.people, viewer, domains } : { kind: 'unknown' });
      },
      // Not being able to count is said plainly below; the plan itself stays usable.
      () => { if (live) setKnown({ kind: 'unknown' }); },
    );
    return () => { live = false; };
  }, [caseAccess, organisationDomains]);
  return known;
}

function findingText(t: ReturnType<typeof useT>, finding: CaseAccessFinding): string {
  if (finding.kind === 'viewerNotInPlan') return t(m['caseAccess.viewerNotInPlan']);
  const key = finding.kind === 'accessNotInPlan' ? 'caseAccess.accessNotInPlan' : 'caseAccess.plannedWithoutAccess';
  return t(m[key], { n: finding.atLeast, count: finding.withAccess });
}

/**
 * Section 1 in a private case channel: compares the plan's professionals with how many people can open the case,
 * and warns both ways (someone with access who is not in the plan; a professional of the plan without access).
 * The rule is the domain's (compareCaseAccess); this only shows it.
 */
export function CaseAccessNotice({ plan, caseAccess }: { plan: Plan; caseAccess: CaseAccess }) {
  const t = useT();
  const styles = usePanelStyles();
  const { sharing } = useServices();
  const domains = useCallback(() => sharing?.organisationDomains() ?? Promise.resolve([]), [sharing]);
  const known = useCaseAccess(caseAccess, domains);
  if (known.kind === 'loading') return null;
  const findings = known.kind === 'counted'
    ? compareCaseAccess(plan, { withAccess: known.withAccess, viewer: known.viewer, organisationDomains: known.domains })
    : [];
  return (
    <section aria-label={t(m['caseAccess.title'])} className={styles.panel}>
      <Subtitle2 as="h3" className={styles.heading}>{t(m['caseAccess.title'])}</Subtitle2>
      {known.kind === 'unknown' && <Text as="p" className={styles.text}>{t(m['caseAccess.unknown'])}</Text>}
      {known.kind === 'counted' && findings.length === 0 && (
        <Text as="p" className={styles.text}>{t(m['caseAccess.match'], { count: known.withAccess })}</Text>
      )}
      {findings.map((f) => (
        <MessageBar key={f.kind} intent="warning"><MessageBarBody>{findingText(t, f)}</MessageBarBody></MessageBar>
      ))}
      {known.kind === 'counted' && findings.length > 0 && <Text as="p" className={styles.text}>{t(m['caseAccess.howCounted'])}</Text>}
    </section>
  );
}

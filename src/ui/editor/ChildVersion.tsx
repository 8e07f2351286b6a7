import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ChatRegular, HomeRegular, PeopleTeamRegular, PersonHeartRegular, PrintRegular } from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { sectionById } from '../../domain';
import type { Plan } from '../../domain';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';

/** Pictograms per child field: the picture carries the meaning for children who do not read yet. */
const PICTOGRAMS: Record<string, FluentIcon> = {
  childSafetyPersonWords: PersonHeartRegular,
  childWhenUnsafeWords: ChatRegular,
  childWherePlanWords: HomeRegular,
  childAgreementsWords: PeopleTeamRegular,
};

const useStyles = makeStyles({
  page: { maxWidth: '48rem', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tools: { display: 'flex', gap: tokens.spacingHorizontalS, '@media print': { display: 'none' } },
  card: {
    display: 'grid', gridTemplateColumns: '5rem 1fr', gap: tokens.spacingHorizontalL, alignItems: 'center',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusXLarge, padding: tokens.spacingHorizontalL,
    breakInside: 'avoid',
  },
  icon: { fontSize: '4rem', color: tokens.colorBrandForeground1 },
  question: { margin: 0, fontSize: tokens.fontSizeBase500 },
  answer: { margin: 0, fontSize: tokens.fontSizeBase400, whiteSpace: 'pre-wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeHero700 },
});

/** The printable child version (Words & Pictures style), rendered from the template's child section. */
export function ChildVersion({ plan, onBack }: { plan: Plan; onBack: () => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const section = sectionById('child');
  const values = plan as unknown as Record<string, unknown>;
  return (
    <article className={styles.page}>
      <div className={styles.tools}>
        <Button icon={<ArrowLeftRegular />} onClick={onBack}>{t(m['child.back'])}</Button>
        <Button icon={<PrintRegular />} onClick={() => window.print()}>{t(m['child.print'])}</Button>
      </div>
      <h1 className={styles.title}>{t(m['child.title'])}</h1>
      {section?.fields.map((field) => {
        const Icon = PICTOGRAMS[field.id] ?? PeopleTeamRegular;
        const answer = typeof values[field.id] === 'string' ? (values[field.id] as string) : '';
        return (
          <section key={field.id} className={styles.card}>
            <Icon className={styles.icon} aria-hidden />
            <div>
              <h2 className={styles.question}>{field.label[locale]}</h2>
              <p className={styles.answer}>{answer.trim() || '…'}</p>
            </div>
          </section>
        );
      })}
    </article>
  );
}

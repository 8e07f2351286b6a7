import { MessageBar, MessageBarBody, MessageBarTitle, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain';
import { translate } from '../../i18n';
import { wordPaneMessages as m } from '../../i18n/areas/word';

const useStyles = makeStyles({
  pane: {
    boxSizing: 'border-box', minHeight: '100vh', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column',
    gap: tokens.spacingVerticalM, backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
});

/**
 * Shown when the task pane is opened outside Word (a plain browser, or office.js could not load).
 * Needs no services: outside Word there are none to create.
 */
export function WordNeeded({ locale }: { locale: Locale }) {
  const t = (message: (typeof m)[keyof typeof m]) => translate(message, locale);
  const styles = useStyles();
  return (
    <main className={styles.pane}>
      <Title2 as="h1">{t(m['pane.title'])}</Title2>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(m['pane.needsWord.title'])}</MessageBarTitle>
          {t(m['pane.needsWord.body'])}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}

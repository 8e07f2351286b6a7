import {
  Button, Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, Title2, makeStyles, tokens,
} from '@fluentui/react-components';
import type { DocumentReader, DocumentWriter } from '../../app/ports';
import { exportMessages as x } from '../../i18n/areas/export';
import { wordPaneMessages as m } from '../../i18n/areas/word';
import { useLocale, useServices } from '../services';
import { useT } from '../useT';
import { ReadResultView } from './ReadResultView';
import { useTaskPane } from './useTaskPane';
import { WordNeeded } from './WordNeeded';

const useStyles = makeStyles({
  pane: {
    boxSizing: 'border-box', minHeight: '100vh', maxWidth: '450px', padding: tokens.spacingHorizontalM,
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The Word task pane (320-450 px wide). Gets the document ports from the services, or from props in tests. */
export function TaskPane({ document: fromProps }: { document?: { writer: DocumentWriter; reader: DocumentReader } }) {
  const services = useServices();
  const locale = useLocale();
  const document = fromProps ?? services.document;
  if (!document) return <WordNeeded locale={locale} />;
  return <TaskPaneBody document={document} />;
}

function TaskPaneBody({ document }: { document: { writer: DocumentWriter; reader: DocumentReader } }) {
  const t = useT();
  const styles = useStyles();
  const pane = useTaskPane(document);
  const plans = pane.plans ?? [];
  return (
    <main className={styles.pane} aria-busy={pane.busy}>
      <Title2 as="h1">{t(m['pane.title'])}</Title2>
      <Text>{t(m['pane.intro'])}</Text>

      {pane.notice && (
        <MessageBar intent={pane.notice.intent} role={pane.notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{pane.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {pane.busy && <Spinner size="small" label={t(m['pane.busy'])} />}

      <section className={styles.group} aria-labelledby="word-insert">
        <Subtitle2 as="h2" id="word-insert">{t(m['pane.insert.heading'])}</Subtitle2>
        <Button disabled={pane.busy} onClick={pane.insertTemplate}>{t(m['pane.insertTemplate'])}</Button>
        {pane.plans !== null && plans.length === 0 ? <Text>{t(m['pane.plan.none'])}</Text> : (
          <Field label={t(m['pane.plan.label'])}>
            <Select value={pane.selectedId} onChange={(_, data) => pane.select(data.value)}>
              <option value="">{t(m['pane.plan.placeholder'])}</option>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(m['pane.plan.option'], { family: p.familyName || t(m['pane.plan.unnamed']), version: p.version })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" disabled={pane.busy || !pane.selectedId} onClick={pane.insertPlan}>{t(m['pane.insertPlan'])}</Button>
      </section>

      <section className={styles.group} aria-labelledby="word-sync">
        <Subtitle2 as="h2" id="word-sync">{t(m['pane.document.heading'])}</Subtitle2>
        <div className={styles.row}>
          <Button disabled={pane.busy} onClick={pane.readDocument}>{t(m['pane.read'])}</Button>
          <Button disabled={pane.busy} onClick={pane.updateDocument}>{t(m['pane.update'])}</Button>
          <Button disabled={pane.busy} onClick={pane.insertSummary}>{t(x['pane.summary'])}</Button>
        </div>
      </section>

      {pane.read && <ReadResultView read={pane.read} busy={pane.busy} onApply={pane.apply} />}
    </main>
  );
}

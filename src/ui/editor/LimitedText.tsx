import { useLayoutEffect, useRef, useState } from 'react';
import type { ClipboardEvent, ReactNode } from 'react';
import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain';
import { limitState, maxLengthOf, pasteText } from '../../domain/limits';
import type { PasteResult } from '../../domain/limits';
import type { Bilingual } from '../../i18n';
import { editorMessages as m } from '../../i18n/areas/editor';
import { useLocale } from '../services';
import { useT } from '../useT';

const useStyles = makeStyles({
  hint: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  counter: { marginInlineStart: 'auto', fontVariantNumeric: 'tabular-nums' },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** 2500 -> "2.500" in Dutch, "2,500" in English. */
export function formatCount(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
}

type Translate = (message: Bilingual, values?: Readonly<Record<string, string | number>>) => string;

/** What the user is told after a paste; null when everything pasted arrived unchanged. */
export function pasteNotice(result: PasteResult, limit: number, t: Translate, locale: Locale): string | null {
  const parts: string[] = [];
  if (result.cut > 0) {
    parts.push(t(m[result.cut === 1 ? 'editor.paste.cut.one' : 'editor.paste.cut.many'], { cut: formatCount(result.cut, locale), max: formatCount(limit, locale) }));
  }
  if (result.removedControls > 0) {
    parts.push(t(m[result.removedControls === 1 ? 'editor.paste.controls.one' : 'editor.paste.controls.many'], { n: formatCount(result.removedControls, locale) }));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

export interface LimitedTextProps {
  id: string;
  label: string;
  hint: string;
  /** A textarea (several lines) or a single-line input; the limit follows from it (domain/limits.ts). */
  multiline: boolean;
  value: string;
  onChange: (value: string) => void;
  readOnly?: boolean;
}

/**
 * A text field that holds no more than the schema accepts: `maxLength` on the control, a counter from 80% of the
 * limit, and a paste that does not fit is cut (domain `pasteText`) with a notice saying how much was left out.
 * A value that is already too long (an older draft) is kept and marked, so the user can shorten it.
 */
export function LimitedText({ id, label, hint, multiline, value, onChange, readOnly = false }: LimitedTextProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const limit = maxLengthOf(multiline ? 'textarea' : 'text');
  const state = limitState(value, limit);
  const [notice, setNotice] = useState<string | null>(null);
  const element = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const caret = useRef<number | null>(null);

  // After a paste we wrote ourselves, the caret goes where the browser would have put it: after the pasted text.
  useLayoutEffect(() => {
    if (caret.current === null || !element.current) return;
    element.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const target = event.currentTarget;
    const selection = { start: target.selectionStart ?? value.length, end: target.selectionEnd ?? value.length };
    const result = pasteText(value, selection, pasted, { limit, multiline });
    setNotice(pasteNotice(result, limit, t, locale));
    // Pasted as is: the browser does it, and its undo history stays intact.
    if (result.value === value.slice(0, selection.start) + pasted + value.slice(selection.end)) return;
    event.preventDefault();
    caret.current = result.caret;
    onChange(result.value);
  };

  const counter: ReactNode = state.showCounter
    ? <span className={state.over ? `${styles.counter} ${styles.over}` : styles.counter}>
      {t(m['editor.limit.counter'], { count: formatCount(state.length, locale), max: formatCount(limit, locale) })}
    </span>
    : null;
  const fieldHint = hint || counter ? <span className={styles.hint}>{hint ? <span>{hint}</span> : null}{counter}</span> : undefined;
  // The over-limit message does not repeat the count: it is announced (role="alert") and must not speak at every key.
  const message = state.over ? t(m['editor.limit.over'], { max: formatCount(limit, locale) }) : notice;

  return (
    <Field label={label} hint={fieldHint} validationState={state.over ? 'error' : notice ? 'warning' : 'none'} validationMessage={message ?? undefined}>
      {multiline
        ? <Textarea id={id} resize="vertical" readOnly={readOnly} value={value} maxLength={limit} onPaste={onPaste}
          ref={(el) => { element.current = el; }} onChange={(_, d) => onChange(d.value)} />
        : <Input id={id} readOnly={readOnly} value={value} maxLength={limit} onPaste={onPaste}
          ref={(el) => { element.current = el; }} onChange={(_, d) => onChange(d.value)} />}
    </Field>
  );
}

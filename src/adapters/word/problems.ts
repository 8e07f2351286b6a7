import { toJsonPath } from '../../domain';
import type { Field, Locale } from '../../domain';
import type { DocumentProblem } from '../../app/ports';
import { translate } from '../../i18n';
import { wordProblemMessages as p } from '../../i18n/areas/word';
import { TOP_FIELDS, isList, rowFields, sectionHeading, sectionOf } from './fields';

/** A place in the plan: `['agreements', 2, 'who']`. */
export type PlanPath = ReadonlyArray<string | number>;

/**
 * Names a place in the plan the way the user sees it in Word: the section heading, and the field label with the row,
 * e.g. "Afspraak 3 › Wie". Walks template.ts, so every field has a name without a list here.
 */
export function describePath(path: PlanPath, locale: Locale): Pick<DocumentProblem, 'sectionId' | 'sectionHeading' | 'fieldLabel'> {
  const top = typeof path[0] === 'string' ? path[0] : '';
  const section = sectionOf(top);
  const parts: string[] = [];
  let fields: ReadonlyArray<Field> = TOP_FIELDS;
  let current: Field | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (typeof step === 'number') {
      if (current && isList(current)) {
        parts[parts.length - 1] = `${current.itemLabel[locale]} ${step + 1}`;
        fields = rowFields(current);
      }
      continue;
    }
    current = fields.find((f) => f.id === step);
    if (!current) break;
    parts.push(current.label[locale]);
  }
  return {
    sectionId: section?.id ?? '',
    sectionHeading: section ? sectionHeading(section, locale) : translate(p['problem.section.document'], locale),
    fieldLabel: parts.length > 0 ? parts.join(' › ') : translate(p['problem.field.link'], locale),
  };
}

export function problemAt(path: PlanPath, message: string, locale: Locale): DocumentProblem {
  return { ...describePath(path, locale), path: path.length > 0 ? toJsonPath(path) : '$', message };
}

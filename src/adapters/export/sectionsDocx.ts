import { DEFAULT_ORGANISATION } from '../../domain';
import type { Locale, Plan } from '../../domain';
import type { DocxOptions } from '../../app/ports';
import { sectionBlocks, templateFor } from './docx';
import { documentOf, packDocx, sectionsOf } from './docxFrame';
import { valueContext } from './values';

/**
 * A copy with only some of the template's 9 sections (seed 004 section 8: each recipient gets what their role needs),
 * after the title part (without a closed plan's closure), in template order whatever order they were asked in.
 * Numbers outside 1-9 are ignored.
 */
export function chosenSections(sections: readonly number[]): number[] {
  return [...new Set(sections)].filter((n) => Number.isInteger(n) && n >= 1 && n <= 9).sort((a, b) => a - b);
}

export async function sectionsToDocx(plan: Plan, sections: readonly number[], locale: Locale, options: DocxOptions = {}): Promise<Blob> {
  const wanted = new Set(chosenSections(sections));
  const ctx = valueContext(plan, locale);
  const included = templateFor(options).filter((section) => section.part === 'title' || (section.number !== null && wanted.has(section.number)));
  const blocks = included.flatMap((section) => sectionBlocks(section, plan, ctx, null, options.organisation ?? DEFAULT_ORGANISATION, false));
  return packDocx(documentOf('plan', locale, sectionsOf(blocks, locale)));
}

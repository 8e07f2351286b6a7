import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { TEMPLATE, allPeople, children } from '../../domain';
import type { Locale, Plan, Section } from '../../domain';
import { translate } from '../../i18n';
import { copyMessages as c } from '../../i18n/areas/copies';
import { DOCX_MIME } from './docx';
import { renderSection } from './docxBlocks';
import type { Block } from './docxBlocks';
import { formatIsoDate, valueContext } from './values';
import type { Values } from './values';

/**
 * STAND-IN (branch `share`): small but real documents for the three copies that are not the whole plan, built with
 * the same docx machinery as the plan. The branch `docx` builds the real personal overview, children's book and
 * section selection (issue 12 parts 1, 4 and 5); the integrator replaces these three functions with those.
 */

async function pack(title: string, blocks: Block[]): Promise<Blob> {
  const document = new Document({ title, creator: 'Veiligheidsplan', sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), ...blocks] }] });
  return new Blob([await Packer.toArrayBuffer(document)], { type: DOCX_MIME });
}

const line = (text: string): Paragraph => new Paragraph({ text });
const heading = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });

export function sectionsToDocxStandIn(plan: Plan, sections: readonly number[], locale: Locale): Promise<Blob> {
  const ctx = valueContext(plan, locale);
  const chosen = TEMPLATE.filter((s: Section) => s.number !== null && sections.includes(s.number));
  const title = translate(c['doc.sections.title'], locale, { sections: chosen.map((s) => s.number).join(', ') });
  return pack(title, chosen.flatMap((s) => renderSection(s, plan as unknown as Values, ctx)));
}

export function overviewToDocxStandIn(plan: Plan, personId: string, locale: Locale): Promise<Blob> {
  const name = allPeople(plan).find((p) => p.id === personId)?.name ?? '';
  const does = plan.agreements.filter((a) => a.who.includes(personId)).map((a) => line(a.when.trim() ? `${a.what} (${a.when})` : a.what));
  const watches = plan.monitoring.filter((m) => m.who.includes(personId)).map((m) => line(m.watches));
  const blocks: Block[] = [
    heading(translate(c['doc.overview.do'], locale)), ...does,
    heading(translate(c['doc.overview.watch'], locale)), ...watches,
    heading(translate(c['doc.overview.call'], locale)), line(plan.smallRelapse), line(plan.largeRelapse),
  ];
  if (plan.evaluationDate) blocks.push(line(translate(c['doc.overview.evaluation'], locale, { date: formatIsoDate(plan.evaluationDate, locale) })));
  return pack(translate(c['doc.overview.title'], locale, { name }), blocks);
}

export function childBookToDocxStandIn(plan: Plan, childId: string, locale: Locale): Promise<Blob> {
  const name = children(plan).find((p) => p.id === childId)?.name ?? '';
  const ctx = valueContext(plan, locale);
  const childPart = TEMPLATE.filter((s) => s.part === 'child');
  return pack(translate(c['doc.childBook.title'], locale, { name }), childPart.flatMap((s) => renderSection(s, plan as unknown as Values, ctx)));
}

import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Document } from 'docx';
import { DEFAULT_ORGANISATION, TITLE_PREFIX, buildTemplate, closureOutcomeText, evaluationSummary } from '../../domain';
import type { Locale, OrganisationSettings, Plan, Section, SummaryChanges } from '../../domain';
import type { DocxOptions } from '../../app/ports';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { renderChanges, renderFields, renderSection } from './docxBlocks';
import type { Block } from './docxBlocks';
import { documentOf, packDocx, sectionsOf } from './docxFrame';
import { formatIsoDate, valueContext } from './values';
import type { ValueContext, Values } from './values';

export { DOCX_MIME } from './docxFrame';

const EVALUATIONS_SECTION = 'evaluations';

/**
 * What the document holds: the title part, the 9 numbered sections with the analysis in template order,
 * and the history (network meetings, evaluations) once there is any. The evaluations section also appears
 * when there are changes since a previous version to report. The child version is left out: it is its own
 * printable page, in child words.
 */
function includedSections(template: ReadonlyArray<Section>, plan: Plan, changes: SummaryChanges | null): Section[] {
  const values = plan as unknown as Values;
  return template.filter((section) => {
    if (section.part === 'title' || section.part === 'plan' || section.part === 'analysis') return true;
    if (section.part !== 'history') return false;
    if (section.id === EVALUATIONS_SECTION && changes !== null) return true;
    return section.fields.some((f) => Array.isArray(values[f.id]) && (values[f.id] as unknown[]).length > 0);
  });
}

/** The organisation's settings (the authority's regional name), the defaults when none are given. */
function organisationOf(options: DocxOptions): OrganisationSettings {
  return options.organisation ?? DEFAULT_ORGANISATION;
}

/** The form in the organisation's own words. */
export function templateFor(options: DocxOptions): ReadonlyArray<Section> {
  return buildTemplate(organisationOf(options));
}

/** As in the source template, a plan without a family name yet shows dots to write the name on. */
export function documentTitle(plan: Plan, locale: Locale): string {
  return `${TITLE_PREFIX[locale]} ${plan.familyName.trim() || '……'}`;
}

function titleBlocks(section: Section, plan: Plan, ctx: ValueContext, organisation: OrganisationSettings, withClosure: boolean): Block[] {
  const status = translate(m[`docx.status.${plan.status}`], ctx.locale);
  // How a closed plan ended, and why (closure.ts): part of the record, not a form field. A copy of chosen sections
  // leaves it out: its free-text reason is not what a recipient of "section 4" needs (issue 25).
  const closure = plan.closure && withClosure
    ? [new Paragraph({ children: [new TextRun({ text: translate(lm['closure.summary'], ctx.locale, {
      date: formatIsoDate(plan.closure.date, ctx.locale),
      outcome: closureOutcomeText(plan.closure.outcome, ctx.locale, organisation.authorityName),
      reason: plan.closure.reason,
    }) })] })]
    : [];
  return [
    new Paragraph({ text: documentTitle(plan, ctx.locale), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: translate(m['docx.versionLine'], ctx.locale, { version: plan.version, status }), italics: true })] }),
    ...closure,
    ...renderFields(section.fields, plan as unknown as Values, ctx, 2),
  ];
}

export function sectionBlocks(
  section: Section, plan: Plan, ctx: ValueContext, changes: SummaryChanges | null, organisation: OrganisationSettings = DEFAULT_ORGANISATION,
  withClosure = true,
): Block[] {
  if (section.part === 'title') return titleBlocks(section, plan, ctx, organisation, withClosure);
  const blocks = renderSection(section, plan as unknown as Values, ctx);
  // The changes close the evaluations section: they are what the last evaluation's decision led to.
  return section.id === EVALUATIONS_SECTION && changes !== null ? [...blocks, ...renderChanges(changes, ctx.locale, 2)] : blocks;
}

/**
 * Builds the plan's Word document. Pure apart from packing: same plan, locale and options, same content.
 * With `options.previous`, the evaluations section ends with what changed since that version.
 */
export function buildPlanDocument(plan: Plan, locale: Locale, options: DocxOptions = {}): Document {
  const ctx = valueContext(plan, locale);
  const changes = options.previous ? evaluationSummary(plan, options.previous, locale).changes : null;
  const organisation = organisationOf(options);
  const children = includedSections(buildTemplate(organisation), plan, changes).flatMap((section) => sectionBlocks(section, plan, ctx, changes, organisation));
  return documentOf('plan', locale, sectionsOf(children, locale));
}

/**
 * The plan as a .docx Blob. Packed to an ArrayBuffer and wrapped, rather than Packer.toBlob, so that it behaves
 * the same in browsers and under jsdom in tests.
 */
export async function planToDocx(plan: Plan, locale: Locale, options: DocxOptions = {}): Promise<Blob> {
  return packDocx(buildPlanDocument(plan, locale, options));
}

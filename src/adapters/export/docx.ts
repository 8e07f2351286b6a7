import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ISectionOptions, IStylesOptions } from 'docx';
import { DEFAULT_ORGANISATION, TITLE_PREFIX, buildTemplate, closureOutcomeText, evaluationSummary } from '../../domain';
import type { Locale, OrganisationSettings, Plan, Section, SummaryChanges } from '../../domain';
import type { DocxOptions } from '../../app/ports';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import { lifecycleMessages as lm } from '../../i18n/areas/lifecycle';
import { renderChanges, renderFields, renderSection } from './docxBlocks';
import type { Block } from './docxBlocks';
import { valueContext } from './values';
import type { ValueContext, Values } from './values';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A4 portrait in twips, 2 cm margins: the paper the source template is printed on. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const FONT = 'Calibri';
const INK = '000000';
const HEADING_INK = '1F3864';

/** Sizes are in half-points: 10.5 pt body text stays readable in tables when printed. */
const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 21, color: INK }, paragraph: { spacing: { after: 60 } } },
    title: { run: { font: FONT, size: 36, bold: true, color: HEADING_INK }, paragraph: { spacing: { after: 120 } } },
    heading1: { run: { font: FONT, size: 28, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 24, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: INK }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true } },
    heading4: { run: { font: FONT, size: 21, bold: true, italics: true, color: INK }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
  },
};

const EVALUATIONS_SECTION = 'evaluations';

/**
 * What the document holds: the title part, the 9 numbered sections with the analysis in template order,
 * and the history (network meetings, evaluations) once there is any. The evaluations section also appears
 * when there are changes since a previous version to report. The child version is left out: it is its own
 * printable page, in child words.
 */
function includedSections(plan: Plan, changes: SummaryChanges | null, organisation: OrganisationSettings): Section[] {
  const values = plan as unknown as Values;
  return buildTemplate(organisation).filter((section) => {
    if (section.part === 'title' || section.part === 'plan' || section.part === 'analysis') return true;
    if (section.part !== 'history') return false;
    if (section.id === EVALUATIONS_SECTION && changes !== null) return true;
    return section.fields.some((f) => Array.isArray(values[f.id]) && (values[f.id] as unknown[]).length > 0);
  });
}

/** As in the source template, a plan without a family name yet shows dots to write the name on. */
export function documentTitle(plan: Plan, locale: Locale): string {
  return `${TITLE_PREFIX[locale]} ${plan.familyName.trim() || '……'}`;
}

function titleBlocks(section: Section, plan: Plan, ctx: ValueContext, organisation: OrganisationSettings): Block[] {
  const status = translate(m[`docx.status.${plan.status}`], ctx.locale);
  // How a closed plan ended, and why (closure.ts): part of the record, not a form field.
  const closure = plan.closure
    ? [new Paragraph({ children: [new TextRun({ text: translate(lm['closure.summary'], ctx.locale, {
      date: plan.closure.date, outcome: closureOutcomeText(plan.closure.outcome, ctx.locale, organisation.authorityName), reason: plan.closure.reason,
    }) })] })]
    : [];
  return [
    new Paragraph({ text: documentTitle(plan, ctx.locale), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: translate(m['docx.versionLine'], ctx.locale, { version: plan.version, status }), italics: true })] }),
    ...closure,
    ...renderFields(section.fields, plan as unknown as Values, ctx, 2),
  ];
}

function pageFrame(locale: Locale): Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> {
  return {
    properties: {
      page: {
        size: A4,
        margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 567, footer: 567 },
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: translate(m['docx.confidential'], locale).toUpperCase(), bold: true, size: 18 })],
        })],
      }),
    },
    footers: {
      default: new Footer({
        children: [new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({
            size: 18,
            children: [`${translate(m['docx.page'], locale)} `, PageNumber.CURRENT, ` ${translate(m['docx.of'], locale)} `, PageNumber.TOTAL_PAGES],
          })],
        })],
      }),
    },
  };
}

function sectionBlocks(section: Section, plan: Plan, ctx: ValueContext, changes: SummaryChanges | null, organisation: OrganisationSettings): Block[] {
  if (section.part === 'title') return titleBlocks(section, plan, ctx, organisation);
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
  const organisation = options.organisation ?? DEFAULT_ORGANISATION;
  const children = includedSections(plan, changes, organisation).flatMap((section) => sectionBlocks(section, plan, ctx, changes, organisation));
  return new Document({
    title: documentTitle(plan, locale),
    creator: 'Veiligheidsplan',
    styles: STYLES,
    sections: [{ ...pageFrame(locale), children }],
  });
}

/**
 * The plan as a .docx Blob. Packed to an ArrayBuffer and wrapped, rather than Packer.toBlob, so that it behaves
 * the same in browsers and under jsdom in tests.
 */
export async function planToDocx(plan: Plan, locale: Locale, options: DocxOptions = {}): Promise<Blob> {
  const buffer = await Packer.toArrayBuffer(buildPlanDocument(plan, locale, options));
  return new Blob([buffer], { type: DOCX_MIME });
}

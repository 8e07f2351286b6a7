import { DEFAULT_ORGANISATION } from '../../domain';
import type { EvaluationSummary, Locale, OrganisationSettings, Plan } from '../../domain';
import type { DocumentReadResult, DocumentReader, DocumentWriter, PlanPlace } from '../../app/ports';
import { insertEvaluationSummary } from './evaluationSummary';
import { Placeholders } from './placeholders';
import type { PlaceholderOutcome } from './placeholders';
import { renderDocument } from './layout';
import { readControls } from './read';
import { updateDocument } from './update';
import type { WordContext, WordRunner } from './wordApi';
import { writeBlocks } from './writer';

/**
 * The Word adapter: DocumentWriter and DocumentReader on office-js. One `Word.run` batch per user action, and a fixed
 * number of `context.sync()` calls whatever the plan's size: insert 2 (content, then help texts), read 1, update 3
 * (load, write, help texts of new controls; 2 when no control is new), evaluation summary 1. No sync inside a loop.
 */
export class WordDocument implements DocumentWriter, DocumentReader {
  /**
   * How the help texts of the last insert or update fared. Word on the web refuses them (placeholders.ts); the
   * document is complete either way, so this is information, not an error.
   */
  lastPlaceholders: PlaceholderOutcome = 'none';

  constructor(private readonly run: WordRunner, private readonly organisation: OrganisationSettings = DEFAULT_ORGANISATION) {}

  /** The title, every section's heading and intro, and one empty control per template field (help as placeholder). */
  insertTemplate(locale: Locale): Promise<void> {
    return this.insert(null, locale);
  }

  insertPlan(plan: Plan, locale: Locale, place: PlanPlace | null = null): Promise<void> {
    return this.insert(plan, locale, place);
  }

  updatePlan(plan: Plan, locale: Locale, place: PlanPlace | null = null): Promise<void> {
    return this.run(async (context) => {
      const placeholders = new Placeholders();
      await updateDocument(context, plan, locale, placeholders, place);
      this.lastPlaceholders = await placeholders.apply(context);
    });
  }

  /** Plain text at the end of the body, one sync (evaluationSummary.ts). */
  insertEvaluationSummary(summary: EvaluationSummary, locale: Locale): Promise<void> {
    return this.run((context) => insertEvaluationSummary(context, summary, locale));
  }

  /** One load of every content control, one sync; the rest is pure (read.ts). */
  readPlan(locale: Locale): Promise<DocumentReadResult> {
    return this.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load('items/tag,items/text,items/placeholderText');
      await context.sync();
      return readControls(controls.items.map((c) => ({ tag: c.tag, text: c.text, placeholderText: c.placeholderText })), locale);
    });
  }

  private insert(plan: Plan | null, locale: Locale, place: PlanPlace | null = null): Promise<void> {
    const blocks = renderDocument(plan, locale, this.organisation, place);
    return this.run(async (context: WordContext) => {
      const placeholders = new Placeholders();
      writeBlocks(context.document.body, blocks, placeholders);
      await context.sync();
      this.lastPlaceholders = await placeholders.apply(context);
    });
  }
}

/** The adapter on the real Word host. Only call inside Office, after `Office.onReady` reported Word. */
export function createWordDocument(organisation?: OrganisationSettings): WordDocument {
  const run: WordRunner = (batch) => Word.run((context) => batch(context));
  return new WordDocument(run, organisation);
}

export type { WordRunner, WordContext } from './wordApi';
export type { PlaceholderOutcome } from './placeholders';

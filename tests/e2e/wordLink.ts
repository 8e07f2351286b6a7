import { renderDocument } from '../../src/adapters/word/layout';
import type { Plan } from '../../src/domain';

/**
 * Word's hidden link with the plan (the `vp:meta` control) as the app writes it into a document, for the PII scan.
 * The task pane's office.js stand-in in the e2e run has no document to write into, so the link is laid out here by the
 * same code the task pane runs (layout.ts `renderDocument`, the last control).
 *
 * The example plans' ids are hand-written to be readable in tests (`d-sanne`, `fixture-bakker-yilmaz`) and so spell
 * names; the app's ids never do (factory.ts `newId`: crypto.randomUUID, and an import mints a new plan id). They are
 * swapped for random ids first, as in tests/unit/adapters/word/metaLink.test.ts, so the scan judges the app, not the fixture.
 */
export function withAppIds(plan: Plan): Plan {
  let json = JSON.stringify(plan);
  const ids = new Set([...json.matchAll(/"id":"([A-Za-z0-9_-]+)"/g)].map((m) => m[1]!));
  for (const id of ids) json = json.replaceAll(`"${id}"`, `"${globalThis.crypto.randomUUID()}"`);
  return JSON.parse(json) as Plan;
}

export function wordLinkOf(plan: Plan): string {
  const last = renderDocument(withAppIds(plan), 'nl').at(-1);
  if (last?.kind !== 'meta') throw new Error('a plan document ends with its hidden link');
  return last.control.text;
}

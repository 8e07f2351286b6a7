import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, idSchema } from '../../domain';
import type { PlanPlace } from '../../app/ports';

/**
 * The document's hidden link with the plan, kept as JSON in the `vp:meta` control. It holds ids only (issue 25):
 * the plan id, schemaVersion and version (so a reopened document finds its plan), and per row key the item's id and
 * its bookkeeping (`agreementId`, `planVersion`, `subjectId`, `agreementIds`, a flag). No names, addresses, join links, share ids, dates or free
 * text: the control is printed (6-point grey text) and goes wherever the document goes.
 *
 * The link is a pointer, not a source: anyone can edit it. The status, closure, shares, meetings and consent records
 * come from the stored plan the document is compared with (domain documentApply.ts). Documents written before carry a
 * fuller link; it is read with everything but these keys left out.
 */

/** The plan's keys the link keeps. */
const LINK_PLAN_KEYS: ReadonlyArray<string> = ['id', 'schemaVersion', 'version'];
/**
 * A row's keys the link keeps: the item's id, the agreement a review is about, the plan version an evaluation was held
 * on, and the schema-5 bookkeeping that is no form field (domain SYSTEM_FIELDS): the goal or bottom line a history
 * record is about, the agreements a check covers, and the older yes/no `mustBeInformed`. Ids, numbers and a flag only.
 */
const LINK_ROW_KEYS: ReadonlyArray<string> = ['id', 'agreementId', 'planVersion', 'subjectId', 'agreementIds', 'mustBeInformed'];
const ID_KEYS: ReadonlySet<string> = new Set(['id', 'agreementId']);
const NULLABLE_ID_KEYS: ReadonlySet<string> = new Set(['subjectId']);
const ID_LIST_KEYS: ReadonlySet<string> = new Set(['agreementIds']);
const FLAG_KEYS: ReadonlySet<string> = new Set(['mustBeInformed']);
/** A check covers a handful of agreements; a longer list in a link was not written by us. */
const MAX_LINKED_IDS = 200;

const isId = (value: unknown): boolean => idSchema.safeParse(value).success;

/** An id (as the plan schema accepts one) under an id key, ids or a flag under those keys, a positive whole number under the others. */
function linkValue(key: string, value: unknown): boolean {
  if (ID_KEYS.has(key)) return isId(value);
  if (NULLABLE_ID_KEYS.has(key)) return value === null || isId(value);
  if (ID_LIST_KEYS.has(key)) return Array.isArray(value) && value.length <= MAX_LINKED_IDS && value.every(isId);
  if (FLAG_KEYS.has(key)) return typeof value === 'boolean';
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function pick(record: Readonly<Record<string, unknown>>, keys: ReadonlyArray<string>): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(record, k) && linkValue(k, record[k])).map((k) => [k, record[k]]));
}

/** What of a plan goes into the link (writing), or is taken from it (reading, also from an older, fuller link). */
export function linkOfPlan(plan: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return pick(plan, LINK_PLAN_KEYS);
}

/** What of a list item goes into the link, or is taken from it; empty when nothing (then the row has no entry). */
export function linkOfRow(item: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return pick(item, LINK_ROW_KEYS);
}

const META_FORMAT = 1;

const metaSchema = z.object({
  format: z.literal(META_FORMAT),
  schemaVersion: z.number().int().min(1),
  /** The plan's id, schemaVersion and version (older documents: more, which is not read); null for the empty template. */
  plan: z.record(z.string(), z.unknown()).nullable(),
  /** `agreements[k3]` -> `{ id: 'a-3' }`; `evaluations[k1].agreementReviews[k2]` -> `{ agreementId: 'a-1' }`. */
  rows: z.record(z.string(), z.record(z.string(), z.unknown())),
  /**
   * Where the plan lives in tenant mode: its library's drive id and its plan folder's item id (ids, never names), so
   * Word, which has no team channel, reopens the plan there. Absent in local mode and in older documents.
   */
  driveId: z.string().min(1).optional(),
  itemId: z.string().min(1).optional(),
});

export type DocumentMeta = z.infer<typeof metaSchema>;

export function newMeta(plan: Record<string, unknown> | null, place: PlanPlace | null = null): DocumentMeta {
  return { format: META_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, plan, rows: {}, ...(place ? { driveId: place.driveId, itemId: place.itemId } : {}) };
}

/** Where the plan of this document lives, when its link says so. */
export function placeOf(meta: DocumentMeta | null): PlanPlace | null {
  return meta?.driveId && meta.itemId ? { driveId: meta.driveId, itemId: meta.itemId } : null;
}

export function serializeMeta(meta: DocumentMeta): string {
  return JSON.stringify(meta);
}

/** null when the text is not a meta record of this app (damaged, or typed over). */
export function parseMeta(text: string): DocumentMeta | null {
  try {
    const result = metaSchema.safeParse(JSON.parse(text.trim()));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export function planIdOf(meta: DocumentMeta | null): string | null {
  const id = meta?.plan?.id;
  return typeof id === 'string' ? id : null;
}

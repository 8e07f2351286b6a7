import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../../domain';
import type { PlanPlace } from '../../app/ports';

/**
 * The document's hidden link with the plan, kept as JSON in the `vp:meta` control: the plan id and schemaVersion
 * (so a reopened document finds its plan), the plan's bookkeeping keys that are no form fields (version, status,
 * calendar references), and per row key the item's id and bookkeeping (`agreementId`, `planVersion`, ...).
 * It holds no names and no plan text.
 */

const META_FORMAT = 1;

const metaSchema = z.object({
  format: z.literal(META_FORMAT),
  schemaVersion: z.number().int().min(1),
  /** Top-level bookkeeping of the plan (id, schemaVersion, version, status, evaluationEvent); null for the empty template. */
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

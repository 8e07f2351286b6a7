import type { DriveItem, DriveItemVersion, ListItem, SharepointIds } from '@microsoft/microsoft-graph-types';
import { DomainError, parsePlanText, planStatusSchema } from '../../domain';
import type { Plan } from '../../domain';
import { childFirstNamesOf, roleHoldersOf } from '../../domain/caseload';
import type { PlanSummary, PlanVersionInfo, StoredPlan } from '../../app/ports';

/** Graph's driveItem with the instance annotation it returns for `$select=@microsoft.graph.downloadUrl`. */
export type DriveItemWithDownload = DriveItem & { '@microsoft.graph.downloadUrl'?: string };

export function parseStoredText(text: string): Plan {
  const result = parsePlanText(text);
  // The Dutch details go to the editor's import path; here the store only says the file is unusable.
  if (!result.ok) throw new DomainError('PLAN.INVALID', 'plan.json in SharePoint is not a valid plan');
  return result.plan;
}

export function requireETag(item: DriveItem): string {
  if (!item.eTag) throw new DomainError('PLAN.INVALID', 'driveItem without eTag');
  return item.eTag;
}

export function toStoredPlan(item: DriveItem, text: string): StoredPlan {
  return { plan: parseStoredText(text), revision: requireETag(item), savedAt: item.lastModifiedDateTime ?? '' };
}

export function toSummary(stored: StoredPlan): PlanSummary {
  const { plan } = stored;
  return {
    id: plan.id,
    familyName: plan.familyName,
    status: plan.status,
    version: plan.version,
    validFrom: plan.validFrom,
    validUntil: plan.validUntil,
    evaluationDate: plan.evaluationDate,
    hasEvaluationDecision: plan.evaluations.some((e) => e.decision !== null),
    revisionOf: plan.revisionOf,
    revision: stored.revision,
    savedAt: stored.savedAt,
  };
}

/**
 * The plan list's library columns, written on the plan folder's listItem with every save (docs/tenant.md,
 * "Library columns"). Internal names; dates are ISO `YYYY-MM-DD` text (a SharePoint DateTime column would shift
 * them by the site's time zone). `VpSummaryFormat` versions this mapping: a folder written by an older or newer
 * mapping counts as stale and its plan.json is read instead.
 */
export const SUMMARY_FORMAT = 1;

export const SUMMARY_COLUMNS = [
  'VpPlanId', 'VpFamilyName', 'VpStatus', 'VpVersion', 'VpValidFrom', 'VpValidUntil', 'VpEvaluationDate', 'VpHasDecision', 'VpSummaryFormat',
  'VpCaseload',
] as const;

export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];
export type SummaryFields = Record<SummaryColumn, string | number | boolean | null>;

/** The fieldValueSet that a save PATCHes onto the plan folder's listItem. */
export function toSummaryFields(plan: Plan): SummaryFields {
  return {
    VpPlanId: plan.id,
    VpFamilyName: plan.familyName,
    VpStatus: plan.status,
    VpVersion: plan.version,
    VpValidFrom: plan.validFrom,
    VpValidUntil: plan.validUntil,
    VpEvaluationDate: plan.evaluationDate,
    VpHasDecision: plan.evaluations.some((e) => e.decision !== null),
    VpSummaryFormat: SUMMARY_FORMAT,
    VpCaseload: JSON.stringify(caseloadFactsOf(plan)),
  };
}

/**
 * What the caseload's search, filters and "my role" need beyond the summary (src/domain/caseload.ts), kept as JSON in
 * the `VpCaseload` column, so the caseload across cases reads no plan.json (src/adapters/graph/caseload.ts reads it).
 */
export function caseloadFactsOf(plan: Plan) {
  return {
    childFirstNames: childFirstNamesOf(plan.directPersons),
    variant: plan.variant,
    professionals: plan.professionals.map((p) => ({ id: p.id, name: p.name, email: p.email })),
    roleHolders: roleHoldersOf(plan),
    revisionOf: plan.revisionOf,
  };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function optionalDay(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' && ISO_DAY.test(value) ? value : undefined;
}

/** SharePoint returns a Number column as a number, but a Text column holding digits as a string. */
function asNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

/**
 * The summary a plan folder's columns describe, or null when they are missing, incomplete, of another format,
 * or written for another folder (a copied folder): the caller then reads that plan's plan.json.
 */
export function summaryFromListItem(folderName: string, listItem: ListItem | null | undefined): PlanSummary | null {
  const fields = (listItem?.fields ?? null) as Record<string, unknown> | null;
  if (!fields) return null;
  if (asNumber(fields.VpSummaryFormat) !== SUMMARY_FORMAT || fields.VpPlanId !== folderName) return null;
  const status = planStatusSchema.safeParse(fields.VpStatus);
  const version = asNumber(fields.VpVersion);
  const familyName = fields.VpFamilyName ?? '';
  const validFrom = optionalDay(fields.VpValidFrom);
  const validUntil = optionalDay(fields.VpValidUntil);
  const evaluationDate = optionalDay(fields.VpEvaluationDate);
  const decision = fields.VpHasDecision;
  if (!status.success || version === null || typeof familyName !== 'string') return null;
  if (validFrom === undefined || validUntil === undefined || evaluationDate === undefined) return null;
  if (typeof decision !== 'boolean') return null;
  return {
    id: folderName, familyName, status: status.data, version, validFrom, validUntil, evaluationDate, hasEvaluationDecision: decision,
    // Identifies this summary (the folder's listItem), not plan.json: opening the plan reads plan.json and its eTag.
    revision: listItem?.eTag ?? '',
    savedAt: listItem?.lastModifiedDateTime ?? '',
  };
}

/** Where the fields PATCH goes: `/sites/{site-id}/lists/{list-id}/items/{item-id}/fields` (listitem-update). */
export interface ListItemAddress {
  siteId: string;
  listId: string;
  listItemId: string;
}

/**
 * sharepointIds carries the site collection's GUID (`siteId`), the site's (`webId`) and its URL; a Graph site id is
 * `{hostname},{spsite-id},{spweb-id}` (https://learn.microsoft.com/en-us/graph/api/resources/site#id-property).
 */
export function toListItemAddress(ids: SharepointIds | null | undefined): ListItemAddress | null {
  if (!ids?.siteId || !ids.webId || !ids.siteUrl || !ids.listId || !ids.listItemId) return null;
  let host: string;
  try {
    host = new URL(ids.siteUrl).hostname;
  } catch {
    return null;
  }
  return { siteId: `${host},${ids.siteId},${ids.webId}`, listId: ids.listId, listItemId: ids.listItemId };
}

/**
 * Frozen versions are files named `v<planVersion>-<UTC stamp>-<label as base64url>.json`: the name alone
 * lists the history (no download per version), and base64url keeps any label within SharePoint's allowed characters.
 */
export function frozenVersionName(planVersion: number, at: Date, label: string): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const encoded = btoa(String.fromCharCode(...new TextEncoder().encode(label))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `v${planVersion}-${stamp}-${encoded}.json`;
}

/** The label, or null when the encoded part is not base64url of UTF-8 text. */
function decodeLabel(encoded: string): string | null {
  // base64 without padding never leaves a single character in the last group.
  if (encoded.length % 4 === 1) return null;
  try {
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const FROZEN_NAME = /^v(\d{1,6})-(\d{8}T\d{6}Z)-([A-Za-z0-9_-]*)\.json$/;

/**
 * A frozen version from its file name, or null for anything else in `versions/`: someone's own file, a copy
 * ("v1-… (1).json"), an impossible date or a label that does not decode. One odd name never fails the history.
 */
export function toFrozenVersionInfo(item: DriveItem): PlanVersionInfo | null {
  const match = FROZEN_NAME.exec(item.name ?? '');
  if (!match || !item.id || item.folder) return null;
  const [, version, stamp, encoded] = match as unknown as [string, string, string, string];
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || at.toISOString().replace('.000Z', 'Z') !== iso) return null;
  const label = decodeLabel(encoded);
  if (label === null) return null;
  return { versionId: item.id, savedAt: iso, label, planVersion: Number(version) };
}

/** A SharePoint version of plan.json (one per save). */
export interface SavedVersion {
  versionId: string;
  savedAt: string;
}

export function toSavedVersion(version: DriveItemVersion): SavedVersion {
  return { versionId: version.id ?? '', savedAt: version.lastModifiedDateTime ?? '' };
}

export function newestFirst<T extends { savedAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

import type { DriveItem, DriveItemVersion } from '@microsoft/microsoft-graph-types';
import { DomainError, parsePlanText } from '../../domain';
import type { Plan } from '../../domain';
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
    revision: stored.revision,
    savedAt: stored.savedAt,
  };
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

function decodeLabel(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const FROZEN_NAME = /^v(\d+)-(\d{8}T\d{6}Z)-([A-Za-z0-9_-]*)\.json$/;

export function toFrozenVersionInfo(item: DriveItem): PlanVersionInfo | null {
  const match = FROZEN_NAME.exec(item.name ?? '');
  if (!match || !item.id) return null;
  const [, version, stamp, label] = match as unknown as [string, string, string, string];
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  return { versionId: item.id, savedAt: iso, label: decodeLabel(label), planVersion: Number(version) };
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

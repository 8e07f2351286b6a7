import { GraphError } from '@microsoft/microsoft-graph-client';
import type { DriveItem, DriveItemVersion, Permission } from '@microsoft/microsoft-graph-types';
import type { GraphContext } from './client';
import type { DriveItemWithDownload } from './drive.mappers';

/**
 * One function per Graph drive call. Items are addressed by path below a drive base such as
 * `/drives/{driveId}` or `/sites/{siteId}/drive`, e.g. `/drives/b!x/root:/Veiligheidsplannen/<planId>/plan.json`.
 * Paths hold only ids and fixed names, never plan content.
 *
 * File content is never read through Graph's `/content`: Graph answers it with a 302 to a pre-authenticated URL,
 * which a browser's fetch turns into an opaque redirect. The driveItem's `@microsoft.graph.downloadUrl` is that
 * same URL, fetched without our token (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content).
 */

export function itemPath(driveBase: string, segments: readonly string[]): string {
  return `${driveBase}/root:/${segments.map(encodeURIComponent).join('/')}`;
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface ListOptions {
  /** `$expand`, e.g. `listItem($expand=fields($select=A,B))`. */
  expand?: string;
  /** Page size (`$top`); Graph pages children at 200 by default. */
  top?: number;
}

/** GET {item}:/children, following @odata.nextLink: one request per page. */
export async function listChildren(ctx: GraphContext, path: string, select: string[], options: ListOptions = {}): Promise<DriveItem[]> {
  const items: DriveItem[] = [];
  let request = ctx.client.api(`${path}:/children`).select(select);
  if (options.expand) request = request.expand(options.expand);
  if (options.top) request = request.top(options.top);
  let page = (await request.get()) as Page<DriveItem>;
  items.push(...page.value);
  while (page['@odata.nextLink']) {
    page = (await ctx.client.api(page['@odata.nextLink']).get()) as Page<DriveItem>;
    items.push(...page.value);
  }
  return items;
}

export const FILE_META_SELECT = ['id', 'eTag', 'lastModifiedDateTime', '@microsoft.graph.downloadUrl'];

/** GET {item}?$select=id,eTag,lastModifiedDateTime,@microsoft.graph.downloadUrl */
export async function getFileMeta(ctx: GraphContext, path: string): Promise<DriveItemWithDownload> {
  return (await ctx.client.api(path).select(FILE_META_SELECT).get()) as DriveItemWithDownload;
}

/** GET {driveBase}/items/{id}?$select=…,@microsoft.graph.downloadUrl: a file addressed by its item id. */
export async function getFileMetaById(ctx: GraphContext, driveBase: string, itemId: string): Promise<DriveItemWithDownload> {
  return getFileMeta(ctx, `${driveBase}/items/${encodeURIComponent(itemId)}`);
}

/** Downloads from a pre-authenticated URL (not Graph: no bearer token is sent). */
export async function downloadText(ctx: GraphContext, url: string): Promise<string> {
  const response = await ctx.download(url);
  if (!response.ok) {
    throw Object.assign(new GraphError(response.status, 'download failed'), { headers: response.headers });
  }
  return response.text();
}

export type WriteCondition = { ifMatch: string } | { createOnly: true } | { overwrite: true };

/** The query of a content PUT for a condition (If-Match goes in a header, see contentHeaders). */
export function conflictQuery(condition: WriteCondition): string {
  if ('createOnly' in condition) return '?@microsoft.graph.conflictBehavior=fail';
  if ('overwrite' in condition) return '?@microsoft.graph.conflictBehavior=replace';
  return '';
}

/**
 * PUT {item}:/content (simple upload, up to 250 MB; a plan or its .docx stays far below).
 * `ifMatch` makes SharePoint refuse (412) when someone saved in between; `createOnly` refuses (409) when the file exists.
 */
export async function putContent(
  ctx: GraphContext, path: string, body: string | ArrayBuffer | Blob, contentType: string, condition: WriteCondition,
): Promise<DriveItem> {
  let request = ctx.client.api(`${path}:/content`).header('Content-Type', contentType);
  if ('ifMatch' in condition) request = request.header('If-Match', condition.ifMatch);
  if ('createOnly' in condition) request = request.query({ '@microsoft.graph.conflictBehavior': 'fail' });
  if ('overwrite' in condition) request = request.query({ '@microsoft.graph.conflictBehavior': 'replace' });
  return (await request.put(body)) as DriveItem;
}

/** DELETE {item} (moves it to the site's recycle bin). */
export async function deleteItem(ctx: GraphContext, path: string): Promise<void> {
  await ctx.client.api(path).delete();
}

/** GET {item}:/versions: SharePoint keeps one per save of plan.json. */
export async function listItemVersions(ctx: GraphContext, path: string): Promise<DriveItemVersion[]> {
  const page = (await ctx.client.api(`${path}:/versions`).select(['id', 'lastModifiedDateTime']).get()) as Page<DriveItemVersion>;
  return page.value;
}

/** POST {item}:/versions/{id}/restoreVersion: SharePoint makes that version the current one (a new version). */
export async function restoreItemVersion(ctx: GraphContext, path: string, versionId: string): Promise<void> {
  await ctx.client.api(`${path}:/versions/${encodeURIComponent(versionId)}/restoreVersion`).post(null);
}

export interface InviteBody {
  recipients: Array<{ email: string }>;
  message: string;
  requireSignIn: true;
  sendInvitation: true;
  roles: ['read'];
}

/** POST {item}:/invite: a read-only permission for specific, signed-in people. Never a sharing link. */
export async function invite(ctx: GraphContext, path: string, body: InviteBody): Promise<Permission[]> {
  const result = (await ctx.client.api(`${path}:/invite`).post(body)) as Page<Permission>;
  return result.value;
}

/**
 * DELETE {driveBase}/items/{item-id}/permissions/{perm-id}: removes one sharing permission; 204 No Content.
 * https://learn.microsoft.com/graph/api/permission-delete
 */
export async function deletePermission(ctx: GraphContext, driveBase: string, itemId: string, permissionId: string): Promise<void> {
  await ctx.client.api(`${driveBase}/items/${encodeURIComponent(itemId)}/permissions/${encodeURIComponent(permissionId)}`).delete();
}

/**
 * GET {driveBase}/items/{item-id}?$select=id,parentReference: where an item lies. `parentReference.path` is the
 * parent folder as `/drives/{drive-id}/root:/{folder path}` (https://learn.microsoft.com/graph/api/resources/itemreference).
 */
export async function getItemParent(ctx: GraphContext, driveBase: string, itemId: string): Promise<DriveItem> {
  return (await ctx.client.api(`${driveBase}/items/${encodeURIComponent(itemId)}`).select(['id', 'name', 'parentReference']).get()) as DriveItem;
}

/** GET {item}?$select=id,lastModifiedDateTime: a file addressed by its path, without a download URL. */
export async function getItemStamp(ctx: GraphContext, path: string): Promise<DriveItem> {
  return (await ctx.client.api(path).select(['id', 'lastModifiedDateTime']).get()) as DriveItem;
}

/**
 * GET {driveBase}/items/{item-id}/permissions: the item's sharing permissions, its own and inherited ones
 * (`inheritedFrom` set; those cannot be deleted on the item). https://learn.microsoft.com/graph/api/driveitem-list-permissions
 */
export async function listPermissions(ctx: GraphContext, driveBase: string, itemId: string): Promise<Permission[]> {
  return ((await ctx.client.api(`${driveBase}/items/${encodeURIComponent(itemId)}/permissions`).get()) as Page<Permission>).value;
}

/** DELETE {driveBase}/items/{item-id}: the item goes to the site's recycle bin. */
export async function deleteItemById(ctx: GraphContext, driveBase: string, itemId: string): Promise<void> {
  await ctx.client.api(`${driveBase}/items/${encodeURIComponent(itemId)}`).delete();
}

/** GET /sites/{hostname}:/{server-relative path}?$select=id: the team's site from its URL. */
export async function getSiteByUrl(ctx: GraphContext, siteUrl: string): Promise<string> {
  const url = new URL(siteUrl);
  const site = (await ctx.client.api(`/sites/${url.hostname}:${url.pathname.replace(/\/$/, '')}`).select(['id']).get()) as { id: string };
  return site.id;
}

/** One request of a JSON batch (https://learn.microsoft.com/en-us/graph/json-batching). */
export interface BatchStep {
  id: string;
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
  /** Relative to the version, e.g. `/drives/d/root:/a/plan.json:/content`. */
  url: string;
  headers?: Record<string, string>;
  /** A JSON value; the headers must then carry Content-Type. */
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchResult {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const RETRYABLE = new Set([429, 503, 504]);
const MAX_BATCH_RETRIES = 3;

export function headerOf(result: BatchResult, name: string): string | null {
  const entry = Object.entries(result.headers ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return entry ? entry[1] : null;
}

export function succeeded(result: BatchResult | undefined): boolean {
  return result !== undefined && result.status >= 200 && result.status < 300;
}

/**
 * POST /$batch: one HTTP request for several Graph calls. Graph throttles each inner request on its own (429 inside a
 * 200 batch), and the client's RetryHandler sees only the outer response, so inner 429/503/504 are retried here:
 * only those requests and the ones that failed with 424 because of them, after their Retry-After.
 * A request whose dependency failed answers 424 (Failed Dependency).
 */
export async function runBatch(ctx: GraphContext, steps: readonly BatchStep[]): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  let pending: BatchStep[] = [...steps];
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    const answer = (await ctx.client.api('/$batch').post({ requests: pending })) as { responses?: BatchResult[] };
    for (const r of answer.responses ?? []) results.set(r.id, r);
    if (attempt >= MAX_BATCH_RETRIES) break;
    const retry = new Set(pending.filter((s) => RETRYABLE.has(results.get(s.id)?.status ?? 0)).map((s) => s.id));
    if (retry.size === 0) break;
    for (const step of pending) {
      if (results.get(step.id)?.status === 424 && (step.dependsOn ?? []).some((d) => retry.has(d))) retry.add(step.id);
    }
    const waits = [...retry].map((id) => Number(headerOf(results.get(id)!, 'Retry-After') ?? 'NaN')).filter((n) => Number.isFinite(n));
    const seconds = waits.length > 0 ? Math.max(...waits) : 1;
    if (seconds > 0) await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    pending = pending.filter((s) => retry.has(s.id)).map((s) => ({ ...s, dependsOn: (s.dependsOn ?? []).filter((d) => retry.has(d)) }))
      .map(({ dependsOn, ...rest }) => (dependsOn.length > 0 ? { ...rest, dependsOn } : rest));
  }
  return results;
}

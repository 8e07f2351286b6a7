import { GraphError, ResponseType } from '@microsoft/microsoft-graph-client';
import type { DriveItem, DriveItemVersion, Permission } from '@microsoft/microsoft-graph-types';
import type { GraphContext } from './client';
import type { DriveItemWithDownload } from './drive.mappers';

/**
 * One function per Graph drive call. Items are addressed by path below a drive base such as
 * `/drives/{driveId}` or `/sites/{siteId}/drive`, e.g. `/drives/b!x/root:/Veiligheidsplannen/<planId>/plan.json`.
 * Paths hold only ids and fixed names, never plan content.
 */

export function itemPath(driveBase: string, segments: readonly string[]): string {
  return `${driveBase}/root:/${segments.map(encodeURIComponent).join('/')}`;
}

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** GET {item}:/children, following @odata.nextLink. */
export async function listChildren(ctx: GraphContext, path: string, select: string[]): Promise<DriveItem[]> {
  const items: DriveItem[] = [];
  let page = (await ctx.client.api(`${path}:/children`).select(select).get()) as Page<DriveItem>;
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

/** Downloads from a pre-authenticated URL (not Graph: no bearer token is sent). */
export async function downloadText(ctx: GraphContext, url: string): Promise<string> {
  const response = await ctx.download(url);
  if (!response.ok) {
    throw Object.assign(new GraphError(response.status, 'download failed'), { headers: response.headers });
  }
  return response.text();
}

export type WriteCondition = { ifMatch: string } | { createOnly: true } | { overwrite: true };

/**
 * PUT {item}:/content (simple upload, up to 4 MB, which a plan or its .docx never reaches).
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

/** GET {item}:/content as text (used for frozen versions, addressed by id). */
export async function getItemText(ctx: GraphContext, driveBase: string, itemId: string): Promise<string> {
  return (await ctx.client.api(`${driveBase}/items/${encodeURIComponent(itemId)}/content`).responseType(ResponseType.TEXT).get()) as string;
}

/** GET {item}:/versions: SharePoint keeps one per save of plan.json. */
export async function listItemVersions(ctx: GraphContext, path: string): Promise<DriveItemVersion[]> {
  const page = (await ctx.client.api(`${path}:/versions`).select(['id', 'lastModifiedDateTime']).get()) as Page<DriveItemVersion>;
  return page.value;
}

/** GET {item}:/versions/{id}/content */
export async function getVersionText(ctx: GraphContext, path: string, versionId: string): Promise<string> {
  return (await ctx.client.api(`${path}:/versions/${encodeURIComponent(versionId)}/content`).responseType(ResponseType.TEXT).get()) as string;
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

/** GET /sites/{hostname}:/{server-relative path}?$select=id: the team's site from its URL. */
export async function getSiteByUrl(ctx: GraphContext, siteUrl: string): Promise<string> {
  const url = new URL(siteUrl);
  const site = (await ctx.client.api(`/sites/${url.hostname}:${url.pathname.replace(/\/$/, '')}`).select(['id']).get()) as { id: string };
  return site.id;
}

import type { DriveItem, ListItem, Permission, Site } from '@microsoft/microsoft-graph-types';
import { runBatch } from './batch';
import type { BatchDispatch } from './batch';
import { expansion, graphError, json, splitTop } from './http';
import type { FakeHttpRequest, FakeHttpResponse } from './http';

export { fromFetchRequest, graphError, toFetchResponse } from './http';
export type { FakeHttpRequest, FakeHttpResponse } from './http';

/**
 * An in-memory SharePoint document library (a drive with its list) that behaves the way the Microsoft Graph docs
 * describe, shared by the msw unit tests (tests/unit/adapters/graph/graphServer.ts) and the e2e in-memory Graph
 * (tests/e2e/fixtures/graph/fakeGraph.ts). It knows nothing of HTTP libraries: the caller hands it a request
 * (method, URL, headers, body bytes) and gets a status, headers and a body back, or null for a path it does not own.
 *
 * What it encodes, each with its source:
 * - `GET …/content` answers `302 Found` to a pre-authenticated URL, "the same URL available through the
 *   @microsoft.graph.downloadUrl property"; that URL "doesn't require an Authorization header to download".
 *   https://learn.microsoft.com/en-us/graph/api/driveitem-get-content
 * - A file's driveItem carries `@microsoft.graph.downloadUrl` (returned with the item, or when `$select`ed).
 *   https://learn.microsoft.com/en-us/graph/api/resources/driveitem (instance attributes)
 * - `eTag` is for "the entire item (metadata + content)", `cTag` for the content only: changing a folder's list
 *   fields changes that folder's eTag, not its files'. https://learn.microsoft.com/en-us/graph/api/resources/driveitem
 * - `PUT …:/content` (simple upload) creates or replaces; `If-Match` with another eTag answers 412 Precondition Failed;
 *   `@microsoft.graph.conflictBehavior=fail` on an existing name answers 409 Conflict (nameAlreadyExists).
 *   https://learn.microsoft.com/en-us/graph/api/driveitem-put-content,
 *   https://learn.microsoft.com/en-us/graph/api/resources/driveitem (instance attributes: conflictBehavior)
 * - Addressing by path (`root:/a/b:`) or by id (`items/{id}`, `items/{parent-id}:/name:`), also below
 *   `/sites/{site-id}/drive`. https://learn.microsoft.com/en-us/graph/onedrive-addressing-driveitems
 * - Children are paged: `$top` sets the page size and `@odata.nextLink` the next page's URL (followed as is).
 *   https://learn.microsoft.com/en-us/graph/api/driveitem-list-children, https://learn.microsoft.com/en-us/graph/paging
 * - `$expand=listItem($expand=fields($select=…))` gives each item's list item and its column values; `sharepointIds`
 *   gives the site, list and list item ids. https://learn.microsoft.com/en-us/graph/api/resources/driveitem,
 *   https://learn.microsoft.com/en-us/graph/api/resources/sharepointids
 * - `PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/fields` sets column values (a fieldValueSet) and answers
 *   200 with it; If-Match with another eTag answers 412. A column the list does not have answers 400.
 *   https://learn.microsoft.com/en-us/graph/api/listitem-update
 * - `GET /sites/{site-id}/lists/{list-id}/columns` lists the library's column definitions (each with its type facet:
 *   `text`, `number`, `boolean`, ...), built-in ones included; `POST` there with a columnDefinition creates one and
 *   answers 201 Created with it. https://learn.microsoft.com/en-us/graph/api/list-list-columns,
 *   https://learn.microsoft.com/en-us/graph/api/list-post-columns, https://learn.microsoft.com/en-us/graph/api/resources/columndefinition
 * - `POST …/children` with `{ name, folder: {} }` creates a folder and answers 201 Created; with
 *   `@microsoft.graph.conflictBehavior: fail` an existing name answers 409 Conflict (nameAlreadyExists).
 *   https://learn.microsoft.com/en-us/graph/api/driveitem-post-children
 * - `GET /sites/{hostname}:/{server-relative-path}` finds a site by its URL. https://learn.microsoft.com/en-us/graph/api/site-getbypath
 * - `POST /$batch`: see batch.ts (dependsOn, 424 Failed Dependency, at most 20 requests).
 * - `POST …/invite` answers 200 with the permissions made, each with its id; they belong to that item.
 *   https://learn.microsoft.com/en-us/graph/api/driveitem-invite
 * - `GET …/permissions` lists an item's permissions; `DELETE …/permissions/{perm-id}` removes one and answers
 *   204 No Content; an id the item does not have answers 404 (itemNotFound). Only permissions not inherited can be
 *   removed: here every permission is the item's own (invite makes no inherited ones).
 *   https://learn.microsoft.com/graph/api/permission-delete, https://learn.microsoft.com/graph/api/driveitem-list-permissions
 * - A request without a bearer token answers 401. Permissions: the `authorize` option is the one hook where a
 *   scope check (tests/fakes/graph/permissions.ts) answers 403 before the drive does anything; it is asked for each
 *   inner request of a batch too, since Graph authorises those one by one.
 *
 * Not modelled: large-file upload sessions, checkout, retention, versions' content (Graph documents no browser-safe
 * way to read it), throttling (tests inject 429s themselves), download URLs expiring after "a few minutes".
 */

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** One request the drive answered, for assertions. Batch inner requests are logged too, with `inBatch`. */
export interface DriveRequestLog {
  method: string;
  /** Decoded path after the version, e.g. `/drives/d1/root:/Veiligheidsplannen/p1/plan.json:/content`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON body, or the byte length of any other body. */
  body: unknown;
  inBatch: boolean;
}

/** The permission hook: a response (a 403 with Graph's error body) to refuse the request, or null to let it through. */
export type Authorize = (request: { method: string; url: string; authorization: string | null }) => { status: number; body: unknown } | null;

export interface FakeDriveOptions {
  driveId: string;
  /** `host,siteCollectionId,webId`, as Graph spells site ids. */
  siteId?: string;
  /** The site's URL, for GET /sites/{host}:/{path}. */
  siteUrl?: string;
  listId?: string;
  /** Custom columns the library has (internal names; single line of text). A fresh library has none. */
  columns?: readonly string[];
  authorize?: Authorize;
  /** Children page size when the request has no `$top` (Graph: 200). */
  defaultPageSize?: number;
  now?: () => Date;
  /** Called for each request the drive answers (top-level and batch inner requests). */
  onRequest?: (entry: DriveRequestLog) => void;
  /**
   * Answers batch inner requests the drive does not own (e.g. calendar paths), so one fake Graph can batch them all.
   * Without it they answer 501.
   */
  fallback?: BatchDispatch;
  /**
   * Where this library's pre-authenticated download URLs start (default the team site's `/_layouts/15/download.aspx`).
   * A tenant with several sites (tests/fakes/graph/tenant.ts) gives each library its own, as each site has its own URL.
   */
  downloadBase?: string;
}

export interface DriveNode {
  id: string;
  path: string;
  kind: 'file' | 'folder';
  /** Content version; the eTag's number (content and metadata changes). */
  version: number;
  contentVersion: number;
  content: Uint8Array;
  contentType: string;
  modified: string;
  listItemId: string;
  fields: Record<string, unknown>;
  fieldsModified: string;
  history: Uint8Array[];
}

const DOWNLOAD_ORIGIN = 'https://contoso.sharepoint.com';

/** The type facets of a columnDefinition the fake knows (https://learn.microsoft.com/en-us/graph/api/resources/columndefinition). */
export type ColumnKind = 'text' | 'multilineText' | 'number' | 'boolean';

/** A kind as its columnDefinition facet: text columns say whether they hold several lines (textColumn.allowMultipleLines). */
function facetOf(kind: ColumnKind): Record<string, object> {
  if (kind === 'text' || kind === 'multilineText') return { text: { allowMultipleLines: kind === 'multilineText' } };
  return { [kind]: {} };
}

function kindOf(definition: Record<string, unknown>): ColumnKind | null {
  const text = definition.text as { allowMultipleLines?: unknown } | undefined;
  if (text && typeof text === 'object') return text.allowMultipleLines === true ? 'multilineText' : 'text';
  if (definition.number && typeof definition.number === 'object') return 'number';
  if (definition.boolean && typeof definition.boolean === 'object') return 'boolean';
  return null;
}
/** Columns every document library has from the start (a few of them; read-only for this fake). */
const BUILT_IN_COLUMNS: ReadonlyArray<[string, ColumnKind]> = [['Title', 'text'], ['FileLeafRef', 'text'], ['_UIVersionString', 'text']];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class FakeDrive {
  readonly nodes = new Map<string, DriveNode>();
  /** Every permission the invites made, with the item it is on; DELETE removes from here. */
  private readonly grants: Array<{ itemId: string; permission: Permission }> = [];
  readonly siteId: string;
  readonly siteUrl: string;
  readonly listId: string;
  /** Custom columns: internal name -> the columnDefinition's type facet. */
  private readonly columns: Map<string, ColumnKind>;
  private sequence = 0;

  constructor(readonly options: FakeDriveOptions) {
    this.siteId = options.siteId ?? 'contoso.sharepoint.com,11111111-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222';
    this.siteUrl = options.siteUrl ?? 'https://contoso.sharepoint.com/sites/Wijkteam';
    this.listId = options.listId ?? '33333333-3333-4333-8333-333333333333';
    this.columns = new Map((options.columns ?? []).map((name) => [name, 'text']));
    this.nodes.set('', this.newNode('', 'folder'));
  }

  // ---- state, for tests ----------------------------------------------------------------------------------------

  /** Adds a column to the library, as an admin would (docs/tenant.md, "Library columns"). */
  addColumns(names: readonly string[], kind: ColumnKind = 'text'): void {
    for (const n of names) this.columns.set(n, kind);
  }

  /** The library's custom columns and their types, for assertions. */
  columnTypes(): Record<string, ColumnKind> {
    return Object.fromEntries(this.columns);
  }

  /** Puts a file in the library as if someone had saved it before the test (creating its folders). */
  seed(path: string, content: string | Uint8Array, contentType = 'application/json'): DriveNode {
    return this.write(path, typeof content === 'string' ? encoder.encode(content) : content, contentType);
  }

  /** Sets column values directly, as someone editing the library in SharePoint would. */
  setFields(path: string, fields: Record<string, unknown>): void {
    const node = this.nodes.get(path);
    if (!node) throw new Error(`no item at ${path}`);
    node.fields = { ...node.fields, ...fields };
    this.touchMetadata(node);
  }

  /** Every permission on every item, as the invites made them and DELETE left them. */
  get permissions(): Permission[] {
    return this.grants.map((g) => g.permission);
  }

  /** The permissions on the item at a path (none for a path with no item). */
  permissionsOf(path: string): Permission[] {
    const id = this.nodes.get(path)?.id;
    return this.grants.filter((g) => g.itemId === id).map((g) => g.permission);
  }

  node(path: string): DriveNode | undefined {
    return this.nodes.get(path);
  }

  text(path: string): string | null {
    const node = this.nodes.get(path);
    return node?.kind === 'file' ? decoder.decode(node.content) : null;
  }

  /** File paths below a folder. */
  under(folder: string): string[] {
    return [...this.nodes.values()].filter((n) => n.kind === 'file' && n.path.startsWith(`${folder}/`)).map((n) => n.path);
  }

  eTag(node: DriveNode): string {
    return `"{${node.id}},${node.version}"`;
  }

  private get downloadBase(): string {
    return this.options.downloadBase ?? `${DOWNLOAD_ORIGIN}/_layouts/15/download.aspx`;
  }

  downloadUrl(node: DriveNode): string {
    return `${this.downloadBase}?UniqueId=${node.id}&tempauth=fake.${node.contentVersion}`;
  }

  /** Whether a URL is one of this drive's pre-authenticated download URLs. */
  ownsDownload(url: string): boolean {
    return url.startsWith(`${this.downloadBase}?`);
  }

  // ---- HTTP -----------------------------------------------------------------------------------------------------

  /** The download URL's answer: the file's bytes, with no token needed. */
  download(url: string): FakeHttpResponse {
    const id = new URL(url).searchParams.get('UniqueId');
    const node = [...this.nodes.values()].find((n) => n.id === id && n.kind === 'file');
    if (!node) return { status: 404, headers: {} };
    return { status: 200, headers: { 'Content-Type': node.contentType }, body: node.content };
  }

  /** Answers a Graph request the drive owns; null for any other path (calendar, people...). */
  async handle(request: FakeHttpRequest): Promise<FakeHttpResponse | null> {
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    if (!this.owns(path)) return null;
    const authorization = request.headers['authorization'] ?? null;
    if (!authorization?.startsWith('Bearer ')) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (request.method === 'POST' && path === '/$batch') {
      this.log(request, path, url, false);
      return runBatch(request, (inner) => this.dispatchInner(inner, authorization));
    }
    return this.answer(request, authorization, false);
  }

  private owns(path: string): boolean {
    return path === '/$batch' || path.startsWith('/drives/') || path.startsWith('/sites/');
  }

  private async dispatchInner(inner: FakeHttpRequest, authorization: string): Promise<FakeHttpResponse> {
    const path = decodeURIComponent(new URL(inner.url).pathname.replace(/^\/v1\.0/, ''));
    if (this.owns(path) && path !== '/$batch') return this.answer({ ...inner, headers: { ...inner.headers, authorization } }, authorization, true);
    const other = this.options.fallback ? await this.options.fallback({ ...inner, headers: { ...inner.headers, authorization } }) : null;
    return other ?? graphError(501, 'notImplemented', 'Not in the fake.');
  }

  private answer(request: FakeHttpRequest, authorization: string, inBatch: boolean): FakeHttpResponse {
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    this.log(request, path, url, inBatch);
    const refused = this.options.authorize?.({ method: request.method, url: request.url, authorization });
    if (refused) return json(refused.status, refused.body);
    return this.route(request.method, path, url, request);
  }

  private log(request: FakeHttpRequest, path: string, url: URL, inBatch: boolean): void {
    if (!this.options.onRequest) return;
    let body: unknown = request.body ? request.body.length : null;
    if (request.body && (request.headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(decoder.decode(request.body)) as unknown;
      } catch {
        // keep the length
      }
    }
    this.options.onRequest({ method: request.method, path, query: Object.fromEntries(url.searchParams), headers: request.headers, body, inBatch });
  }

  private route(method: string, rawPath: string, url: URL, request: FakeHttpRequest): FakeHttpResponse {
    const site = /^\/sites\/([^/:]+):(\/.*)$/.exec(rawPath);
    if (site && method === 'GET') return this.siteByPath(site[1]!, site[2]!, url);
    const columns = /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/.exec(rawPath);
    if (columns) return this.listColumns(method, columns[1]!, columns[2]!, request);
    const fields = /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)\/fields$/.exec(rawPath);
    if (fields) return this.patchFields(method, fields[1]!, fields[2]!, fields[3]!, request);
    let path = rawPath;
    const siteDrive = /^\/sites\/([^/]+)\/drive(\/.*)?$/.exec(rawPath);
    if (siteDrive) {
      if (siteDrive[1] !== this.siteId) return graphError(404, 'itemNotFound', 'The site does not exist.');
      if (!siteDrive[2] && method === 'GET') return json(200, { id: this.options.driveId, driveType: 'documentLibrary' });
      path = `/drives/${this.options.driveId}${siteDrive[2] ?? ''}`;
    }
    const drive = /^\/drives\/([^/]+)(\/.*)$/.exec(path);
    if (!drive) return graphError(400, 'invalidRequest', 'Unsupported path.');
    if (drive[1] !== this.options.driveId) return graphError(404, 'itemNotFound', 'The drive does not exist.');
    const target = this.resolve(drive[2]!);
    if (!target) return graphError(400, 'invalidRequest', 'Unsupported item address.');
    return this.itemCall(method, target.path, target.action, url, request);
  }

  /** `/root`, `/root:/a/b`, `/root:/a/b:/action`, `/items/{id}`, `/items/{id}/action`, `/items/{id}:/a/b:/action`. */
  private resolve(rest: string): { path: string; action: string | null } | null {
    let base: string | null = null;
    let tail = rest;
    const root = /^\/root(?=$|:|\/)/.exec(tail);
    const byId = /^\/items\/([^/:]+)/.exec(tail);
    if (root) {
      base = '';
      tail = tail.slice(root[0].length);
    } else if (byId) {
      const id = byId[1]!;
      const node = id === 'root' ? this.nodes.get('') : [...this.nodes.values()].find((n) => n.id === id);
      base = node ? node.path : `\u0000missing:${id}`;
      tail = tail.slice(byId[0].length);
    } else return null;
    let path = base;
    const relative = /^:\/([^:]*?)(?::(?=\/|$)|$)/.exec(tail);
    if (relative) {
      path = [base, relative[1]!].filter((p) => p.length > 0).join('/');
      tail = tail.slice(relative[0].length);
    }
    const action = /^\/([^/]+(?:\/.*)?)$/.exec(tail);
    if (tail && !action) return null;
    return { path, action: action ? action[1]! : null };
  }

  private itemCall(method: string, path: string, action: string | null, url: URL, request: FakeHttpRequest): FakeHttpResponse {
    const node = this.nodes.get(path);
    const missing = () => graphError(404, 'itemNotFound', 'The resource could not be found.');
    if (method === 'GET' && action === null) return node ? json(200, this.view(node, url.searchParams)) : missing();
    if (method === 'GET' && action === 'children') return node?.kind === 'folder' ? this.children(node, url) : missing();
    if (method === 'GET' && action === 'content') {
      if (!node || node.kind !== 'file') return missing();
      return { status: 302, headers: { Location: this.downloadUrl(node) } };
    }
    if (method === 'PUT' && action === 'content') return this.putContent(path, node, url, request);
    if (method === 'POST' && action === 'children') return node?.kind === 'folder' ? this.createFolder(node, request) : missing();
    if (method === 'DELETE' && action === null) {
      if (!node || path === '') return missing();
      for (const key of [...this.nodes.keys()]) {
        if (key !== path && !key.startsWith(`${path}/`)) continue;
        const gone = this.nodes.get(key)!.id;
        for (let i = this.grants.length - 1; i >= 0; i -= 1) if (this.grants[i]!.itemId === gone) this.grants.splice(i, 1);
        this.nodes.delete(key);
      }
      return { status: 204, headers: {} };
    }
    if (method === 'POST' && action === 'invite') return node ? this.invite(node, request) : missing();
    if (method === 'GET' && action === 'permissions') return node ? json(200, { value: this.grants.filter((g) => g.itemId === node.id).map((g) => g.permission) }) : missing();
    const permission = /^permissions\/([^/]+)$/.exec(action ?? '');
    if (method === 'DELETE' && permission) {
      const index = node ? this.grants.findIndex((g) => g.itemId === node.id && g.permission.id === permission[1]) : -1;
      if (index < 0) return missing();
      this.grants.splice(index, 1);
      return { status: 204, headers: {} };
    }
    if (method === 'GET' && action === 'versions') {
      if (!node || node.kind !== 'file') return missing();
      return json(200, { value: node.history.map((_, i) => ({ id: `${i + 1}.0`, lastModifiedDateTime: node.modified })).reverse() });
    }
    const restore = /^versions\/(\d+)\.0\/restoreVersion$/.exec(action ?? '');
    if (method === 'POST' && restore) {
      const old = node?.history[Number(restore[1]) - 1];
      if (!node || !old) return missing();
      this.write(path, old, node.contentType);
      return { status: 204, headers: {} };
    }
    return graphError(501, 'notImplemented', `${method} ${action ?? '(item)'} is not in the fake.`);
  }

  private putContent(path: string, node: DriveNode | undefined, url: URL, request: FakeHttpRequest): FakeHttpResponse {
    if (node?.kind === 'folder') return graphError(409, 'nameAlreadyExists', 'A folder with that name exists.');
    if (node && url.searchParams.get('@microsoft.graph.conflictBehavior') === 'fail') {
      return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
    }
    const ifMatch = request.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && (!node || ifMatch !== this.eTag(node))) {
      return graphError(412, 'preconditionFailed', 'ETag does not match current item\'s value');
    }
    const written = this.write(path, request.body ?? new Uint8Array(), request.headers['content-type'] ?? 'application/octet-stream');
    return json(node ? 200 : 201, this.view(written, new URLSearchParams()));
  }

  private createFolder(parent: DriveNode, request: FakeHttpRequest): FakeHttpResponse {
    const body = JSON.parse(decoder.decode(request.body ?? new Uint8Array())) as { name?: unknown; folder?: unknown; '@microsoft.graph.conflictBehavior'?: unknown };
    if (typeof body.name !== 'string' || !body.name || body.name.includes('/') || !body.folder) return graphError(400, 'invalidRequest', 'Only folders with a name are in the fake.');
    const path = [parent.path, body.name].filter((p) => p.length > 0).join('/');
    if (this.nodes.has(path)) {
      if (body['@microsoft.graph.conflictBehavior'] === 'fail') return graphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      return graphError(400, 'invalidRequest', 'Only conflictBehavior fail is in the fake.');
    }
    this.ensureFolder(path);
    return json(201, this.view(this.nodes.get(path)!, new URLSearchParams()));
  }

  private children(folder: DriveNode, url: URL): FakeHttpResponse {
    const prefix = folder.path === '' ? '' : `${folder.path}/`;
    const all = [...this.nodes.values()]
      .filter((n) => n.path.startsWith(prefix) && n.path !== folder.path && !n.path.slice(prefix.length).includes('/'))
      .sort((a, b) => a.path.localeCompare(b.path));
    const top = Number(url.searchParams.get('$top') ?? this.options.defaultPageSize ?? 200);
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const page = all.slice(skip, skip + top);
    const body: { value: DriveItem[]; '@odata.nextLink'?: string } = { value: page.map((n) => this.view(n, url.searchParams)) };
    if (skip + top < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.toString();
    }
    return json(200, body);
  }

  private invite(node: DriveNode, request: FakeHttpRequest): FakeHttpResponse {
    const body = JSON.parse(decoder.decode(request.body ?? new Uint8Array())) as { recipients?: Array<{ email: string }> };
    const made: Permission[] = (body.recipients ?? []).map((r) => ({
      id: `perm-${(this.sequence += 1)}`, roles: ['read'], invitation: { email: r.email, signInRequired: true },
      grantedToIdentitiesV2: [{ user: { displayName: r.email } }],
    }));
    this.grants.push(...made.map((permission) => ({ itemId: node.id, permission })));
    return json(200, { value: made });
  }

  private siteByPath(host: string, serverRelative: string, url: URL): FakeHttpResponse {
    const wanted = new URL(this.siteUrl);
    if (host.toLowerCase() !== wanted.hostname.toLowerCase() || serverRelative.replace(/\/$/, '').toLowerCase() !== wanted.pathname.replace(/\/$/, '').toLowerCase()) {
      return graphError(404, 'itemNotFound', 'Requested site could not be found');
    }
    const site: Site = { id: this.siteId, webUrl: this.siteUrl, displayName: 'Wijkteam' };
    return json(200, this.select(site as Record<string, unknown>, url.searchParams.get('$select')));
  }

  private listColumns(method: string, siteId: string, listId: string, request: FakeHttpRequest): FakeHttpResponse {
    if (siteId !== this.siteId || listId !== this.listId) return graphError(404, 'itemNotFound', 'The list does not exist.');
    const definition = (name: string, kind: ColumnKind, builtIn: boolean) => ({ id: `col-${name}`, name, displayName: name, readOnly: builtIn, ...facetOf(kind) });
    if (method === 'GET') {
      return json(200, { value: [...BUILT_IN_COLUMNS.map(([n, k]) => definition(n, k, true)), ...[...this.columns].map(([n, k]) => definition(n, k, false))] });
    }
    if (method !== 'POST') return graphError(405, 'methodNotAllowed', 'Only GET and POST are in the fake.');
    const body = JSON.parse(decoder.decode(request.body ?? new Uint8Array())) as Record<string, unknown>;
    const kind = kindOf(body);
    if (typeof body.name !== 'string' || !body.name || !kind) return graphError(400, 'invalidRequest', 'A column needs a name and a type facet.');
    this.columns.set(body.name, kind);
    return json(201, definition(body.name, kind, false));
  }

  private patchFields(method: string, siteId: string, listId: string, itemId: string, request: FakeHttpRequest): FakeHttpResponse {
    if (method !== 'PATCH') return graphError(405, 'methodNotAllowed', 'Only PATCH is in the fake.');
    const node = siteId === this.siteId && listId === this.listId ? [...this.nodes.values()].find((n) => n.listItemId === itemId) : undefined;
    if (!node) return graphError(404, 'itemNotFound', 'The resource could not be found.');
    const ifMatch = request.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch !== this.eTag(node)) return graphError(412, 'preconditionFailed', 'ETag does not match');
    if (!(request.headers['content-type'] ?? '').includes('application/json')) return graphError(400, 'invalidRequest', 'Content-Type must be application/json.');
    const values = JSON.parse(decoder.decode(request.body ?? new Uint8Array())) as Record<string, unknown>;
    const unknown = Object.keys(values).find((k) => !this.columns.has(k));
    if (unknown) return graphError(400, 'invalidRequest', `Field '${unknown}' is not recognized`);
    node.fields = { ...node.fields, ...values };
    this.touchMetadata(node);
    return json(200, { ...node.fields, id: node.listItemId });
  }

  // ---- items ----------------------------------------------------------------------------------------------------

  private newNode(path: string, kind: DriveNode['kind']): DriveNode {
    this.sequence += 1;
    const now = (this.options.now?.() ?? new Date()).toISOString();
    return {
      id: `01FAKE${String(this.sequence).padStart(6, '0')}${kind === 'folder' ? 'F' : 'D'}`, path, kind, version: 1, contentVersion: 1,
      content: new Uint8Array(), contentType: 'application/octet-stream', modified: now, listItemId: String(this.sequence), fields: {},
      fieldsModified: now, history: [],
    };
  }

  private ensureFolder(path: string): void {
    if (this.nodes.has(path)) return;
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    this.ensureFolder(parent);
    this.nodes.set(path, this.newNode(path, 'folder'));
  }

  private write(path: string, content: Uint8Array, contentType: string): DriveNode {
    this.ensureFolder(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    const existing = this.nodes.get(path);
    const node = existing ?? this.newNode(path, 'file');
    if (existing) {
      node.version += 1;
      node.contentVersion += 1;
    }
    node.content = content;
    node.contentType = contentType;
    node.modified = (this.options.now?.() ?? new Date()).toISOString();
    node.history.push(content);
    this.nodes.set(path, node);
    return node;
  }

  private touchMetadata(node: DriveNode): void {
    node.version += 1;
    node.fieldsModified = (this.options.now?.() ?? new Date()).toISOString();
  }

  /** The driveItem as Graph shapes it, with `$select` and `$expand=listItem(...)` applied. */
  private view(node: DriveNode, query: URLSearchParams): DriveItem {
    const name = node.path === '' ? 'root' : node.path.split('/').at(-1)!;
    const parent = node.path.includes('/') ? node.path.slice(0, node.path.lastIndexOf('/')) : '';
    const item: Record<string, unknown> = {
      id: node.id, name, eTag: this.eTag(node), lastModifiedDateTime: node.modified, size: node.content.length,
      parentReference: { driveId: this.options.driveId, driveType: 'documentLibrary', path: `/drives/${this.options.driveId}/root:${parent ? `/${parent}` : ''}` },
      // siteId is the site collection's GUID and webId the site's: Graph's site id is `hostname,siteId,webId`.
      sharepointIds: { siteId: this.siteId.split(',')[1], webId: this.siteId.split(',')[2], siteUrl: this.siteUrl, listId: this.listId, listItemId: node.listItemId },
    };
    if (node.kind === 'folder') item.folder = { childCount: this.childCount(node) };
    else {
      item.file = { mimeType: node.contentType };
      item.cTag = `"c:{${node.id}},${node.contentVersion}"`;
      item['@microsoft.graph.downloadUrl'] = this.downloadUrl(node);
    }
    const selected = this.select(item, query.get('$select'));
    for (const entry of splitTop(query.get('$expand') ?? '', ',')) {
      const { name: nav, options } = expansion(entry);
      if (nav === 'listItem') selected.listItem = this.listItemView(node, options);
    }
    return selected as DriveItem;
  }

  private listItemView(node: DriveNode, options: Record<string, string>): ListItem {
    const full: Record<string, unknown> = {
      id: node.listItemId, eTag: `"${node.id},${node.version}"`, lastModifiedDateTime: node.fieldsModified,
      parentReference: { id: this.listId, siteId: this.siteId },
    };
    const view = this.select(full, options.$select ?? null);
    for (const entry of splitTop(options.$expand ?? '', ',')) {
      const { name, options: inner } = expansion(entry);
      if (name !== 'fields') continue;
      const wanted = inner.$select ? inner.$select.split(',').map((s) => s.trim()) : Object.keys(node.fields);
      // A selected column the item has no value for is left out, as SharePoint leaves out empty fields.
      view.fields = Object.fromEntries(wanted.filter((k) => node.fields[k] !== undefined && node.fields[k] !== null).map((k) => [k, node.fields[k]]));
    }
    return view as ListItem;
  }

  private select(item: Record<string, unknown>, select: string | null): Record<string, unknown> {
    if (!select) return { ...item };
    const keys = select.split(',').map((s) => s.trim());
    return Object.fromEntries(Object.entries(item).filter(([k]) => keys.includes(k)));
  }

  private childCount(folder: DriveNode): number {
    const prefix = folder.path === '' ? '' : `${folder.path}/`;
    return [...this.nodes.values()].filter((n) => n.path !== folder.path && n.path.startsWith(prefix) && !n.path.slice(prefix.length).includes('/')).length;
  }
}

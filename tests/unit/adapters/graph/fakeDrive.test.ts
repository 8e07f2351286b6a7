/**
 * @jest-environment node
 */
import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { FakeDrive } from '../../../fakes/graph/drive';
import type { FakeHttpRequest, FakeHttpResponse } from '../../../fakes/graph/drive';

/** The in-memory SharePoint library against the behaviour the Graph docs describe (sources in tests/fakes/graph/drive.ts). */

const G = 'https://graph.microsoft.com/v1.0';
const AUTH = { authorization: 'Bearer t' };
const encoder = new TextEncoder();

function req(method: string, path: string, options: { headers?: Record<string, string>; body?: unknown; raw?: string } = {}): FakeHttpRequest {
  const body = options.raw !== undefined ? encoder.encode(options.raw) : options.body === undefined ? null : encoder.encode(JSON.stringify(options.body));
  return { method, url: `${G}${path}`, headers: { ...AUTH, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers }, body };
}

async function call(drive: FakeDrive, request: FakeHttpRequest): Promise<FakeHttpResponse> {
  const answer = await drive.handle(request);
  if (!answer) throw new Error('the drive did not own the request');
  return answer;
}

interface BatchBody {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: unknown }>;
}

function library(): FakeDrive {
  const drive = new FakeDrive({ driveId: 'd1', columns: ['VpFamilyName'] });
  drive.seed('Plans/p1/plan.json', '{"id":"p1"}');
  return drive;
}

describe('FakeDrive (Microsoft 365 as documented)', () => {
  it('keeps the permissions an invite made on that item, lists them, and deletes one with 204 (permission-delete); an unknown id is 404', async () => {
    const drive = library();
    drive.seed('Plans/p1/Kopie a 2026-11-29.docx', 'PK');
    const invited = await call(drive, req('POST', '/drives/d1/root:/Plans/p1/Kopie a 2026-11-29.docx:/invite', {
      body: { recipients: [{ email: 'a@example.org' }], requireSignIn: true, sendInvitation: true, roles: ['read'], message: 'm' },
    }));
    const permissionId = (invited.body as { value: Array<{ id: string }> }).value[0]!.id;
    const itemId = drive.node('Plans/p1/Kopie a 2026-11-29.docx')!.id;
    expect(drive.permissionsOf('Plans/p1/plan.json')).toEqual([]);
    const listed = await call(drive, req('GET', `/drives/d1/items/${itemId}/permissions`));
    expect((listed.body as { value: Array<{ id: string }> }).value.map((p) => p.id)).toEqual([permissionId]);
    expect((await call(drive, req('DELETE', `/drives/d1/items/${itemId}/permissions/${permissionId}`))).status).toBe(204);
    expect(drive.permissionsOf('Plans/p1/Kopie a 2026-11-29.docx')).toEqual([]);
    expect((await call(drive, req('DELETE', `/drives/d1/items/${itemId}/permissions/${permissionId}`))).status).toBe(404);
  });


  it('answers GET …/content with 302 to the pre-authenticated download URL, which needs no token', async () => {
    const drive = library();
    const content = await call(drive, req('GET', '/drives/d1/root:/Plans/p1/plan.json:/content'));
    expect(content.status).toBe(302);
    const item = (await call(drive, req('GET', '/drives/d1/root:/Plans/p1/plan.json'))).body as DriveItem & { '@microsoft.graph.downloadUrl': string };
    expect(content.headers.Location).toBe(item['@microsoft.graph.downloadUrl']);
    const download = drive.download(item['@microsoft.graph.downloadUrl']);
    expect(new TextDecoder().decode(download.body as Uint8Array)).toBe('{"id":"p1"}');
  });

  it('applies $select, and returns the download URL only when selected', async () => {
    const drive = library();
    const item = (await call(drive, req('GET', '/drives/d1/root:/Plans/p1/plan.json?$select=id,eTag'))).body as Record<string, unknown>;
    expect(Object.keys(item).sort()).toEqual(['eTag', 'id']);
  });

  it('refuses a PUT with another eTag in If-Match (412) and a create-only PUT on an existing name (409)', async () => {
    const drive = library();
    const stale = await call(drive, req('PUT', '/drives/d1/root:/Plans/p1/plan.json:/content', { raw: '{}', headers: { 'if-match': '"{X},1"' } }));
    expect(stale.status).toBe(412);
    const createOnly = await call(drive, req('PUT', '/drives/d1/root:/Plans/p1/plan.json:/content?@microsoft.graph.conflictBehavior=fail', { raw: '{}' }));
    expect(createOnly.status).toBe(409);
    const node = drive.node('Plans/p1/plan.json')!;
    const ok = await call(drive, req('PUT', '/drives/d1/items/root:/Plans/p1/plan.json:/content', { raw: '{"v":2}', headers: { 'if-match': drive.eTag(node) } }));
    expect(ok.status).toBe(200);
    expect((ok.body as DriveItem).eTag).not.toBe(`"{${node.id}},1"`);
    const created = await call(drive, req('PUT', '/drives/d1/root:/Plans/p2/plan.json:/content', { raw: '{}' }));
    expect(created.status).toBe(201);
    expect(drive.node('Plans/p2')?.kind).toBe('folder');
  });

  it('pages children with $top and @odata.nextLink', async () => {
    const drive = new FakeDrive({ driveId: 'd1' });
    for (let i = 0; i < 5; i += 1) drive.seed(`Plans/p${i}/plan.json`, '{}');
    const names: string[] = [];
    let url: string | undefined = `${G}/drives/d1/root:/Plans:/children?$top=2`;
    let pages = 0;
    while (url) {
      const page = (await call(drive, { method: 'GET', url, headers: AUTH, body: null })).body as { value: DriveItem[]; '@odata.nextLink'?: string };
      names.push(...page.value.map((v) => v.name ?? ''));
      url = page['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(names).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('expands listItem fields with their $select; a fields PATCH changes the folder\'s eTag, not its files\'', async () => {
    const drive = library();
    const file = drive.node('Plans/p1/plan.json')!;
    const folder = (await call(drive, req('GET', '/drives/d1/root:/Plans/p1?$select=id,eTag,sharepointIds'))).body as DriveItem;
    const ids = folder.sharepointIds!;
    const site = `contoso.sharepoint.com,${ids.siteId},${ids.webId}`;
    const fileETag = drive.eTag(file);
    const patched = await call(drive, req('PATCH', `/sites/${site}/lists/${ids.listId}/items/${ids.listItemId}/fields`, { body: { VpFamilyName: 'Jansen' } }));
    expect(patched.status).toBe(200);
    expect(drive.eTag(file)).toBe(fileETag);
    expect(drive.eTag(drive.node('Plans/p1')!)).not.toBe(folder.eTag);
    const unknown = await call(drive, req('PATCH', `/sites/${site}/lists/${ids.listId}/items/${ids.listItemId}/fields`, { body: { Other: 1 } }));
    expect(unknown.status).toBe(400);
    const page = (await call(drive, req('GET', '/drives/d1/root:/Plans:/children?$expand=listItem($select=id;$expand=fields($select=VpFamilyName,Missing))'))).body as { value: DriveItem[] };
    expect(page.value[0]!.listItem).toEqual({ id: ids.listItemId, fields: { VpFamilyName: 'Jansen' } });
  });

  it('runs a $batch: dependsOn in order, 424 when a dependency failed, responses in another order than the requests', async () => {
    const drive = library();
    const answer = await call(drive, req('POST', '/$batch', { body: { requests: [
      { id: 'a', method: 'PUT', url: '/drives/d1/root:/Plans/p1/plan.json:/content', headers: { 'Content-Type': 'application/json', 'If-Match': '"{old},1"' }, body: { id: 'p1' } },
      { id: 'b', method: 'GET', url: '/drives/d1/root:/Plans/p1', dependsOn: ['a'] },
    ] } }));
    const body = answer.body as BatchBody;
    expect(answer.status).toBe(200);
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([['b', 424], ['a', 412]]);
  });

  it('refuses malformed batches: more than 20 requests, duplicate ids, a body without Content-Type, half sequential', async () => {
    const drive = library();
    const get = (id: string, dependsOn?: string[]) => ({ id, method: 'GET', url: '/drives/d1/root:/Plans', ...(dependsOn ? { dependsOn } : {}) });
    const statuses = await Promise.all([
      { requests: Array.from({ length: 21 }, (_, i) => get(String(i))) },
      { requests: [get('1'), get('1')] },
      { requests: [{ id: '1', method: 'PATCH', url: '/drives/d1/root:/Plans', body: {} }] },
      { requests: [get('1'), get('2'), get('3', ['1'])] },
    ].map(async (b) => (await call(drive, req('POST', '/$batch', { body: b }))).status));
    expect(statuses).toEqual([400, 400, 400, 400]);
  });

  it('answers 401 without a bearer token, and asks the authorize hook for every request, batch inner requests one by one', async () => {
    const asked: string[] = [];
    const drive = new FakeDrive({
      driveId: 'd1',
      authorize: ({ method, url }) => {
        asked.push(`${method} ${new URL(url).pathname}`);
        return method === 'PUT' ? { status: 403, body: { error: { code: 'accessDenied', message: 'no' } } } : null;
      },
    });
    drive.seed('Plans/p1/plan.json', '{}');
    expect((await call(drive, { ...req('GET', '/drives/d1/root:/Plans'), headers: {} })).status).toBe(401);
    const answer = await call(drive, req('POST', '/$batch', { body: { requests: [
      { id: '1', method: 'GET', url: '/drives/d1/root:/Plans/p1/plan.json' },
      { id: '2', method: 'PUT', url: '/drives/d1/root:/Plans/p1/plan.json:/content', headers: { 'Content-Type': 'application/json' }, body: {} },
    ] } }));
    expect((answer.body as BatchBody).responses.map((r) => [r.id, r.status]).sort()).toEqual([['1', 200], ['2', 403]]);
    expect(asked).toEqual(['GET /v1.0/drives/d1/root:/Plans/p1/plan.json', 'PUT /v1.0/drives/d1/root:/Plans/p1/plan.json:/content']);
  });

  it('finds a site by hostname and path, and serves its default library under /sites/{id}/drive', async () => {
    const drive = library();
    const site = (await call(drive, req('GET', '/sites/contoso.sharepoint.com:/sites/Wijkteam?$select=id'))).body as { id: string };
    expect(site).toEqual({ id: drive.siteId });
    const item = await call(drive, req('GET', `/sites/${site.id}/drive/root:/Plans/p1/plan.json?$select=id`));
    expect(item.body).toEqual({ id: drive.node('Plans/p1/plan.json')!.id });
    expect((await call(drive, req('GET', '/sites/contoso.sharepoint.com:/sites/Other'))).status).toBe(404);
  });

  it('leaves paths it does not own to the caller', async () => {
    expect(await library().handle(req('GET', '/me/events'))).toBeNull();
  });
});

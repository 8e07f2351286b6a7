/**
 * @jest-environment node
 */
import type { DriveItem, DriveItemVersion } from '@microsoft/microsoft-graph-types';
import { HttpResponse } from 'msw';
import { SharePointPlanStore } from '../../../../src/adapters/graph/sharePointPlanStore';
import { ConflictError, NotFoundError, OfflineError, PermissionError, ServerError, ThrottledError, parsePlanText, serializePlan } from '../../../../src/domain';
import { DOWNLOAD_HOST, TOKEN, graphError, graphServer, testContext } from './graphServer';
import { basePlan } from './planFixture';

const graph = graphServer();
beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => graph.reset());
afterAll(() => graph.server.close());

const clock = { now: () => new Date('2026-11-24T10:00:00Z') };
const config = { driveId: 'd1', siteId: '', teamSiteUrl: null, libraryFolder: 'Veiligheidsplannen' };
const PLAN_PATH = '/drives/d1/root:/Veiligheidsplannen/p1/plan.json';
const ETAG = '"{A1B2},3"';

function store() {
  return new SharePointPlanStore(testContext(), config, clock);
}

const savedItem: DriveItem = { id: 'item1', name: 'plan.json', eTag: '"{A1B2},4"', lastModifiedDateTime: '2026-11-24T10:00:01Z' };

describe('SharePointPlanStore.save()', () => {
  it('saves an existing plan with one PUT carrying If-Match and returns the new eTag as revision', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => HttpResponse.json(savedItem));
    const stored = await store().save(basePlan, ETAG);
    expect(graph.log).toHaveLength(1);
    const [put] = graph.log;
    expect(put!.method).toBe('PUT');
    expect(put!.headers.get('If-Match')).toBe(ETAG);
    expect(put!.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(put!.headers.get('Content-Type')).toContain('application/json');
    expect(put!.url.searchParams.has('@microsoft.graph.conflictBehavior')).toBe(false);
    expect(put!.body).toBe(serializePlan(basePlan));
    expect(stored.revision).toBe(savedItem.eTag);
  });

  it('creates a new plan with conflictBehavior=fail and no If-Match', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => HttpResponse.json(savedItem, { status: 201 }));
    await store().save(basePlan, null);
    const [put] = graph.log;
    expect(put!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('fail');
    expect(put!.headers.get('If-Match')).toBeNull();
  });

  it('turns a 412 (someone saved in between) into a ConflictError and sends nothing else', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => graphError(412, 'preconditionFailed', 'ETag does not match'));
    await expect(store().save(basePlan, ETAG)).rejects.toBeInstanceOf(ConflictError);
    expect(graph.log).toHaveLength(1);
  });

  it('turns a 409 on create (the plan already exists) into a ConflictError', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => graphError(409, 'nameAlreadyExists'));
    await expect(store().save(basePlan, null)).rejects.toBeInstanceOf(ConflictError);
  });

  it('waits as long as Retry-After says after a 429, then succeeds with the same request', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, (_req, attempt) =>
      attempt === 1 ? graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '1' }) : HttpResponse.json(savedItem));
    const started = Date.now();
    const stored = await store().save(basePlan, ETAG);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(stored.revision).toBe(savedItem.eTag);
    expect(graph.log).toHaveLength(2);
    expect(graph.log[1]!.headers.get('If-Match')).toBe(ETAG);
    expect(graph.log[1]!.body).toBe(graph.log[0]!.body);
  });

  it('gives up with a ThrottledError when 429 persists after the retries', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => graphError(429, 'TooManyRequests', 'slow down', { 'Retry-After': '0' }));
    const error = await store().save(basePlan, ETAG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterSeconds).toBe(0);
    expect(graph.log).toHaveLength(4);
  });

  it('retries a 503 and reports a ServerError when it persists', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => graphError(503, 'serviceNotAvailable', 'down', { 'Retry-After': '0' }));
    const error = await store().save(basePlan, ETAG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
  });

  it('names the missing consent on a 403', async () => {
    graph.on('PUT', `${PLAN_PATH}:/content`, () => graphError(403, 'accessDenied', 'Access denied'));
    const error = await store().save(basePlan, ETAG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).code).toBe('GRAPH.PERMISSION');
    expect((error as PermissionError).missingConsent).toBe('Files.ReadWrite.All');
  });

  it('reports an OfflineError when the network is gone', async () => {
    graph.goOffline();
    await expect(store().save(basePlan, ETAG)).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('SharePointPlanStore.load()', () => {
  it('makes one Graph request for the eTag and download URL, then downloads without the bearer token', async () => {
    graph.on('GET', PLAN_PATH, () => HttpResponse.json({
      id: 'item1', eTag: ETAG, lastModifiedDateTime: '2026-11-24T09:00:00Z', '@microsoft.graph.downloadUrl': `${DOWNLOAD_HOST}/download/plan?tempauth=x`,
    } satisfies DriveItem & { '@microsoft.graph.downloadUrl': string }));
    graph.on('GET', '/download/plan', () => new HttpResponse(serializePlan(basePlan), { headers: { 'Content-Type': 'application/json' } }));
    const stored = await store().load('p1');
    const graphRequests = graph.log.filter((r) => r.url.hostname === 'graph.microsoft.com');
    expect(graphRequests).toHaveLength(1);
    expect(graphRequests[0]!.url.searchParams.get('$select')).toBe('id,eTag,lastModifiedDateTime,@microsoft.graph.downloadUrl');
    const download = graph.log.find((r) => r.url.hostname === 'contoso.sharepoint.com')!;
    expect(download.headers.get('Authorization')).toBeNull();
    expect(stored.revision).toBe(ETAG);
    expect(stored.plan).toEqual(basePlan);
  });

  it('turns a 404 into a NotFoundError', async () => {
    graph.on('GET', PLAN_PATH, () => graphError(404, 'itemNotFound'));
    await expect(store().load('p1')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('SharePointPlanStore history', () => {
  it('freezes a version as a new file in versions/ that never replaces another', async () => {
    graph.on('PUT', /^\/drives\/d1\/root:\/Veiligheidsplannen\/p1\/versions\/v1-20261124T100000Z-[A-Za-z0-9_-]+\.json:\/content$/,
      () => HttpResponse.json({ id: 'frozen1', name: 'x' } satisfies DriveItem, { status: 201 }));
    const info = await store().freezeVersion(basePlan, 'Geactiveerd');
    expect(graph.log[0]!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('fail');
    expect(info).toEqual({ versionId: 'frozen1', savedAt: '2026-11-24T10:00:00.000Z', label: 'Geactiveerd', planVersion: 1 });
  });

  it('lists frozen versions newest first with their labels, from the file names alone', async () => {
    const { frozenVersionName } = await import('../../../../src/adapters/graph/drive.mappers');
    const items: DriveItem[] = [
      { id: 'a', name: frozenVersionName(1, new Date('2026-10-01T08:00:00Z'), 'Geactiveerd') },
      { id: 'b', name: frozenVersionName(2, new Date('2026-11-01T08:00:00Z'), 'Evaluatie: bijstellen') },
      { id: 'c', name: 'notes.txt' },
    ];
    graph.on('GET', '/drives/d1/root:/Veiligheidsplannen/p1/versions:/children', () => HttpResponse.json({ value: items }));
    const versions = await store().listVersions('p1');
    expect(versions.map((v) => [v.versionId, v.label, v.planVersion])).toEqual([['b', 'Evaluatie: bijstellen', 2], ['a', 'Geactiveerd', 1]]);
  });

  it('loads a frozen version by item id', async () => {
    graph.on('GET', '/drives/d1/items/frozen1/content', () => new HttpResponse(serializePlan(basePlan)));
    expect(await store().loadVersion('p1', 'frozen1')).toEqual(basePlan);
  });

  it('lists, loads and restores SharePoint versions of plan.json', async () => {
    const versions: DriveItemVersion[] = [{ id: '1.0', lastModifiedDateTime: '2026-11-01T00:00:00Z' }, { id: '2.0', lastModifiedDateTime: '2026-11-02T00:00:00Z' }];
    graph.on('GET', `${PLAN_PATH}:/versions`, () => HttpResponse.json({ value: versions }));
    graph.on('GET', `${PLAN_PATH}:/versions/1.0/content`, () => new HttpResponse(serializePlan(basePlan)));
    graph.on('POST', `${PLAN_PATH}:/versions/1.0/restoreVersion`, () => new HttpResponse(null, { status: 204 }));
    const s = store();
    expect((await s.listSavedVersions('p1')).map((v) => v.versionId)).toEqual(['2.0', '1.0']);
    expect(await s.loadSavedVersion('p1', '1.0')).toEqual(basePlan);
    await s.restoreSavedVersion('p1', '1.0');
    expect(graph.log.map((r) => r.method)).toEqual(['GET', 'GET', 'POST']);
  });

  it('uploads the .docx next to plan.json under a fixed name', async () => {
    graph.on('PUT', '/drives/d1/root:/Veiligheidsplannen/p1/veiligheidsplan.docx:/content', () => HttpResponse.json({ id: 'docx' }));
    await store().uploadDocument('p1', new Uint8Array([80, 75, 3, 4]).buffer);
    const [put] = graph.log;
    expect(put!.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(put!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('replace');
  });
});

describe('SharePointPlanStore.list()', () => {
  it('lists one summary per plan folder and starts empty when the library folder does not exist', async () => {
    graph.on('GET', '/drives/d1/root:/Veiligheidsplannen:/children', () => graphError(404, 'itemNotFound'));
    expect(await store().list()).toEqual([]);
  });

  it('reads each plan folder', async () => {
    graph.on('GET', '/drives/d1/root:/Veiligheidsplannen:/children', () => HttpResponse.json({ value: [{ id: 'f1', name: 'p1', folder: { childCount: 1 } }] satisfies DriveItem[] }));
    graph.on('GET', PLAN_PATH, () => HttpResponse.json({ id: 'i', eTag: ETAG, lastModifiedDateTime: '2026-11-24T09:00:00Z', '@microsoft.graph.downloadUrl': `${DOWNLOAD_HOST}/download/p1` }));
    graph.on('GET', '/download/p1', () => new HttpResponse(serializePlan(basePlan)));
    const list = await store().list();
    expect(list).toEqual([expect.objectContaining({ id: 'p1', familyName: 'Jansen', revision: ETAG })]);
    expect(parsePlanText(serializePlan(basePlan)).ok).toBe(true);
  });
});

describe('plan location', () => {
  it('resolves the team site from the Teams context once and uses its default library', async () => {
    graph.on('GET', '/sites/contoso.sharepoint.com:/sites/Wijkteam', () => HttpResponse.json({ id: 'contoso.sharepoint.com,1,2' }));
    graph.on('PUT', '/sites/contoso.sharepoint.com,1,2/drive/root:/Veiligheidsplannen/p1/plan.json:/content', () => HttpResponse.json(savedItem));
    const s = new SharePointPlanStore(testContext(), { ...config, driveId: '', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Wijkteam' }, clock);
    await s.save(basePlan, ETAG);
    await s.save(basePlan, ETAG);
    expect(graph.log.map((r) => r.method)).toEqual(['GET', 'PUT', 'PUT']);
    expect(graph.log[0]!.url.searchParams.get('$select')).toBe('id');
  });
});

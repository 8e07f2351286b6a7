/**
 * @jest-environment node
 */
import { HttpResponse } from 'msw';
import { frozenVersionName, SUMMARY_COLUMNS } from '../../../../src/adapters/graph/drive.mappers';
import { SharePointPlanStore } from '../../../../src/adapters/graph/sharePointPlanStore';
import { consentFor, scopesFor } from '../../../../src/auth/scopes';
import { ConflictError, NotFoundError, OfflineError, PermissionError, ServerError, ThrottledError, parsePlanText, serializePlan } from '../../../../src/domain';
import type { DomainError, Plan } from '../../../../src/domain';
import { graphError, graphServer, testContext } from './graphServer';
import { basePlan } from './planFixture';

// Microsoft's permission map is enforced on every request, batch inner requests included: the storage scopes.
const graph = graphServer({ scopes: scopesFor('storage') });
beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => graph.reset());
afterAll(() => graph.server.close());

const clock = { now: () => new Date('2026-11-24T10:00:00Z') };
const config = { driveId: 'd1', siteId: '', teamSiteUrl: null, libraryFolder: 'Veiligheidsplannen' };
const PLAN_FILE = 'Veiligheidsplannen/p1/plan.json';
const PLAN_PATH = `/drives/d1/root:/${PLAN_FILE}`;

function store() {
  return new SharePointPlanStore(testContext(), config, clock);
}

/** A library with the plan list's columns (as an admin creates them) and plan p1 saved in it. */
function library(options: { columns?: boolean } = {}) {
  const lib = graph.useDrive({ columns: options.columns === false ? [] : SUMMARY_COLUMNS });
  lib.drive.seed(PLAN_FILE, serializePlan(basePlan));
  return lib;
}

const graphRequests = () => graph.log.filter((r) => r.url.hostname === 'graph.microsoft.com');
const stored = (text: string | null): Plan => {
  const parsed = parsePlanText(text ?? '');
  if (!parsed.ok) throw new Error('not a plan');
  return parsed.plan;
};

describe('SharePointPlanStore.load()', () => {
  it('makes one Graph request (a batch: eTag, download URL, folder address), then downloads without the bearer token', async () => {
    const { drive, inner } = library();
    const loaded = await store().load('p1');
    expect(graphRequests()).toHaveLength(1);
    expect(inner.filter((r) => r.inBatch).map((r) => `${r.method} ${r.path} ${r.query.$select}`)).toEqual([
      `GET ${PLAN_PATH} id,eTag,lastModifiedDateTime,@microsoft.graph.downloadUrl`,
      'GET /drives/d1/root:/Veiligheidsplannen/p1 id,sharepointIds',
    ]);
    const download = graph.log.find((r) => r.url.hostname === 'contoso.sharepoint.com')!;
    expect(download.headers.get('Authorization')).toBeNull();
    expect(loaded.revision).toBe(drive.eTag(drive.node(PLAN_FILE)!));
    expect(loaded.plan).toEqual(basePlan);
  });

  it('never asks Graph for /content (Graph answers it with a 302 that a browser cannot follow with a token)', async () => {
    const { inner } = library();
    const s = store();
    await s.load('p1');
    await s.load('p1');
    expect(inner.some((r) => r.path.endsWith('/content') && r.method === 'GET')).toBe(false);
    // The second load knows the folder: a plain GET, still one Graph request.
    expect(graphRequests().filter((r) => r.path !== '/$batch')).toHaveLength(1);
  });

  it('turns a 404 into a NotFoundError', async () => {
    graph.useDrive();
    await expect(store().load('p1')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('SharePointPlanStore.save()', () => {
  it('saves a loaded plan in one request: a batch of the PUT with If-Match and, depending on it, the columns PATCH', async () => {
    const { drive, inner } = library();
    const s = store();
    const loaded = await s.load('p1');
    const from = graph.log.length;
    const changed: Plan = { ...basePlan, status: 'active', validFrom: '2026-11-24', evaluations: [] };
    const saved = await s.save(changed, loaded.revision);
    expect(graph.since(from).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /$batch']);
    const batch = JSON.parse(graph.since(from)[0]!.body) as { requests: Array<{ id: string; method: string; url: string; headers: Record<string, string>; dependsOn?: string[] }> };
    expect(batch.requests.map((r) => [r.id, r.method, r.dependsOn ?? []])).toEqual([['content', 'PUT', []], ['fields', 'PATCH', ['content']]]);
    expect(batch.requests[0]!.headers['If-Match']).toBe(loaded.revision);
    expect(batch.requests[1]!.url).toMatch(/^\/sites\/contoso\.sharepoint\.com,[0-9a-f-]+,[0-9a-f-]+\/lists\/[0-9a-f-]+\/items\/\d+\/fields$/);
    expect(stored(drive.text(PLAN_FILE))).toEqual(changed);
    expect(saved.revision).toBe(drive.eTag(drive.node(PLAN_FILE)!));
    expect(drive.node('Veiligheidsplannen/p1')!.fields).toMatchObject({
      VpPlanId: 'p1', VpFamilyName: 'Jansen', VpStatus: 'active', VpVersion: 1, VpValidFrom: '2026-11-24', VpHasDecision: false, VpSummaryFormat: 1,
    });
    expect(inner.filter((r) => r.inBatch).map((r) => r.method)).toEqual(['GET', 'GET', 'PUT', 'PATCH']);
  });

  it('turns a 412 inside the batch (someone saved in between) into a ConflictError; the columns PATCH answers 424 and changes nothing', async () => {
    const { drive, inner } = library();
    const s = store();
    const loaded = await s.load('p1');
    drive.seed(PLAN_FILE, serializePlan({ ...basePlan, familyName: 'Jansen-de Vries' }));
    const from = graph.log.length;
    await expect(s.save({ ...basePlan, familyName: 'Mine' }, loaded.revision)).rejects.toBeInstanceOf(ConflictError);
    expect(graph.since(from)).toHaveLength(1);
    expect(inner.some((r) => r.method === 'PATCH')).toBe(false);
    expect(drive.node('Veiligheidsplannen/p1')!.fields).toEqual({});
    expect(stored(drive.text(PLAN_FILE)).familyName).toBe('Jansen-de Vries');
  });

  it('creates a new plan with conflictBehavior=fail and no If-Match, then writes its columns', async () => {
    const { drive } = graph.useDrive({ columns: SUMMARY_COLUMNS });
    const saved = await store().save(basePlan, null);
    const [first] = graph.log;
    const batch = JSON.parse(first!.body) as { requests: Array<{ url: string; headers: Record<string, string> }> };
    expect(batch.requests[0]!.url).toBe(`${PLAN_PATH}:/content?@microsoft.graph.conflictBehavior=fail`);
    expect(batch.requests[0]!.headers['If-Match']).toBeUndefined();
    expect(saved.revision).toBe(drive.eTag(drive.node(PLAN_FILE)!));
    expect(drive.node('Veiligheidsplannen/p1')!.fields).toMatchObject({ VpFamilyName: 'Jansen', VpSummaryFormat: 1 });
    expect(graph.log).toHaveLength(2);
  });

  it('turns a 409 on create (the plan already exists) into a ConflictError', async () => {
    library();
    await expect(store().save(basePlan, null)).rejects.toBeInstanceOf(ConflictError);
  });

  it('keeps saving when the library has no columns: the PATCH fails once (400), later saves leave it out', async () => {
    const { drive } = library({ columns: false });
    const s = store();
    let revision = (await s.load('p1')).revision;
    revision = (await s.save({ ...basePlan, familyName: 'A' }, revision)).revision;
    const from = graph.log.length;
    await s.save({ ...basePlan, familyName: 'B' }, revision);
    const batch = JSON.parse(graph.since(from)[0]!.body) as { requests: Array<{ method: string }> };
    expect(batch.requests.map((r) => r.method)).toEqual(['PUT', 'GET']);
    expect(stored(drive.text(PLAN_FILE)).familyName).toBe('B');
  });

  it('retries only the throttled inner requests after their Retry-After, then succeeds', async () => {
    const { drive } = library();
    const s = store();
    const loaded = await s.load('p1');
    let throttled = false;
    graph.on('POST', '/$batch', async (req) => {
      const body = JSON.parse(req.body) as { requests: Array<{ id: string }> };
      if (!throttled) {
        throttled = true;
        return HttpResponse.json({ responses: [
          { id: 'content', status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } },
          { id: 'fields', status: 424, headers: {} },
        ] });
      }
      expect(body.requests.map((r) => r.id)).toEqual(['content', 'fields']);
      const answer = await drive.handle({
        method: 'POST', url: req.url.toString(), headers: { authorization: req.headers.get('Authorization') ?? '', 'content-type': 'application/json' }, body: new TextEncoder().encode(req.body),
      });
      return HttpResponse.json(answer!.body as object);
    });
    const started = Date.now();
    const saved = await s.save({ ...basePlan, familyName: 'Later' }, loaded.revision);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(graph.log.filter((r) => r.path === '/$batch').length).toBe(3);
    expect(saved.revision).toBe(drive.eTag(drive.node(PLAN_FILE)!));
  });

  it('gives up with a ThrottledError when the inner 429 persists after the retries', async () => {
    graph.on('POST', '/$batch', () => HttpResponse.json({ responses: [
      { id: 'content', status: 429, headers: { 'Retry-After': '0' } }, { id: 'folder', status: 424, headers: {} },
    ] }));
    const error = await store().save(basePlan, '"{A},1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterSeconds).toBe(0);
    expect(graph.log).toHaveLength(4);
  });

  it('retries a 503 of the batch itself and reports a ServerError when it persists', async () => {
    graph.on('POST', '/$batch', () => graphError(503, 'serviceNotAvailable', 'down', { 'Retry-After': '0' }));
    const error = await store().save(basePlan, '"{A},1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
  });

  it('names the missing capability and its scopes on a 403', async () => {
    graph.useDrive({ authorize: ({ method }) => (method === 'PUT' ? { status: 403, body: { error: { code: 'accessDenied', message: 'Access denied' } } } : null) });
    const error = await store().save(basePlan, '"{A},1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).code).toBe('GRAPH.PERMISSION');
    expect((error as PermissionError).missingConsent).toBe(consentFor('storage'));
  });

  it('reports an OfflineError when the network is gone', async () => {
    graph.goOffline();
    await expect(store().save(basePlan, '"{A},1"')).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('SharePointPlanStore.list()', () => {
  function seedPlans(drive: ReturnType<typeof library>['drive'], n: number, withColumns: (i: number) => boolean) {
    for (let i = 0; i < n; i += 1) {
      const id = `plan-${String(i).padStart(3, '0')}`;
      const plan: Plan = { ...basePlan, id, familyName: `Familie ${i}` };
      drive.seed(`Veiligheidsplannen/${id}/plan.json`, serializePlan(plan));
      if (withColumns(i)) {
        drive.setFields(`Veiligheidsplannen/${id}`, {
          VpPlanId: id, VpFamilyName: `Familie ${i}`, VpStatus: 'draft', VpVersion: 1, VpEvaluationDate: '2027-01-15', VpHasDecision: false, VpSummaryFormat: 1,
        });
      }
    }
  }

  it('starts empty when the library folder does not exist', async () => {
    graph.useDrive();
    expect(await store().list()).toEqual([]);
  });

  it('lists 500 plans from their columns with one request per 200 (listItem fields expanded), without downloads', async () => {
    const { drive } = graph.useDrive({ columns: SUMMARY_COLUMNS });
    seedPlans(drive, 500, () => true);
    const list = await store().list();
    expect(list).toHaveLength(500);
    expect(graph.log.map((r) => r.url.hostname)).toEqual(['graph.microsoft.com', 'graph.microsoft.com', 'graph.microsoft.com']);
    const first = graph.log[0]!.url.searchParams;
    expect(first.get('$top')).toBe('200');
    expect(first.get('$expand')).toBe(`listItem($select=id,eTag,lastModifiedDateTime;$expand=fields($select=${SUMMARY_COLUMNS.join(',')}))`);
    expect(list[7]).toEqual(expect.objectContaining({
      id: 'plan-007', familyName: 'Familie 7', status: 'draft', version: 1, validFrom: null, evaluationDate: '2027-01-15', hasEvaluationDecision: false,
    }));
  });

  it('reads plan.json only for the plans whose columns are missing, of another format or copied from another folder', async () => {
    const { drive } = graph.useDrive({ columns: SUMMARY_COLUMNS });
    seedPlans(drive, 6, (i) => i !== 1);
    drive.setFields('Veiligheidsplannen/plan-002', { VpSummaryFormat: 2 });
    drive.setFields('Veiligheidsplannen/plan-003', { VpPlanId: 'plan-000' });
    drive.setFields('Veiligheidsplannen/plan-004', { VpStatus: 'unknown-status' });
    drive.seed('Veiligheidsplannen/notes.txt', 'someone\'s own file', 'text/plain');
    drive.seed('Veiligheidsplannen/half-made/readme.txt', 'no plan.json here', 'text/plain');
    const list = await store().list();
    expect(list.map((s) => [s.id, s.familyName])).toEqual([
      ['plan-000', 'Familie 0'], ['plan-001', 'Familie 1'], ['plan-002', 'Familie 2'], ['plan-003', 'Familie 3'], ['plan-004', 'Familie 4'], ['plan-005', 'Familie 5'],
    ]);
    const downloads = graph.log.filter((r) => r.url.hostname === 'contoso.sharepoint.com');
    expect(downloads).toHaveLength(4);
  });

  it('fills in the missing columns after reading those plans, in one batch, so the next list reads no plan.json', async () => {
    const { drive } = graph.useDrive({ columns: SUMMARY_COLUMNS });
    seedPlans(drive, 4, (i) => i % 2 === 0);
    const s = store();
    await s.list();
    const fills = graph.log.filter((r) => r.path === '/$batch');
    expect(fills).toHaveLength(1);
    expect((JSON.parse(fills[0]!.body) as { requests: Array<{ method: string }> }).requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
    const from = graph.log.length;
    expect((await s.list()).map((p) => p.familyName)).toEqual(['Familie 0', 'Familie 1', 'Familie 2', 'Familie 3']);
    expect(graph.since(from)).toHaveLength(1);
  });

  it('corrects stale columns when the plan is opened (plan.json changed outside the app)', async () => {
    const { drive } = graph.useDrive({ columns: SUMMARY_COLUMNS });
    seedPlans(drive, 2, () => true);
    drive.seed('Veiligheidsplannen/plan-001/plan.json', serializePlan({ ...basePlan, id: 'plan-001', familyName: 'Hersteld' }));
    const s = store();
    expect((await s.list()).map((p) => p.familyName)).toEqual(['Familie 0', 'Familie 1']);
    const from = graph.log.length;
    await s.load('plan-000');
    expect(graph.since(from).filter((r) => r.path === '/$batch')).toHaveLength(0);
    await s.load('plan-001');
    expect(drive.node('Veiligheidsplannen/plan-001')!.fields).toMatchObject({ VpFamilyName: 'Hersteld' });
    expect((await s.list()).map((p) => p.familyName)).toEqual(['Familie 0', 'Hersteld']);
  });

  it('lists every plan from plan.json when the library has no columns (slower, still right)', async () => {
    const { drive } = graph.useDrive();
    seedPlans(drive, 3, () => false);
    const list = await store().list();
    expect(list.map((s) => s.familyName)).toEqual(['Familie 0', 'Familie 1', 'Familie 2']);
  });
});

describe('SharePointPlanStore history', () => {
  it('freezes a version as a new file in versions/ that never replaces another', async () => {
    const { drive } = library();
    const info = await store().freezeVersion(basePlan, 'Geactiveerd');
    expect(graph.log[0]!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('fail');
    const [path] = drive.under('Veiligheidsplannen/p1/versions');
    expect(info).toEqual({ versionId: drive.node(path!)!.id, savedAt: '2026-11-24T10:00:00.000Z', label: 'Geactiveerd', planVersion: 1 });
  });

  it('lists frozen versions newest first with their labels, from the file names alone', async () => {
    const { drive } = library();
    drive.seed(`Veiligheidsplannen/p1/versions/${frozenVersionName(1, new Date('2026-10-01T08:00:00Z'), 'Geactiveerd')}`, serializePlan(basePlan));
    drive.seed(`Veiligheidsplannen/p1/versions/${frozenVersionName(2, new Date('2026-11-01T08:00:00Z'), 'Evaluatie: bijstellen')}`, serializePlan(basePlan));
    const versions = await store().listVersions('p1');
    expect(versions.map((v) => [v.label, v.planVersion, v.savedAt])).toEqual([
      ['Evaluatie: bijstellen', 2, '2026-11-01T08:00:00Z'], ['Geactiveerd', 1, '2026-10-01T08:00:00Z'],
    ]);
  });

  it('skips oddly named files in versions/ instead of failing the whole history', async () => {
    const { drive } = library();
    const good = frozenVersionName(1, new Date('2026-10-01T08:00:00Z'), 'Geactiveerd');
    for (const odd of [
      'notes.txt', 'v1-20261001T080000Z-A.json', 'v1-20261341T250000Z-R2VhY3RpdmVlcmQ.json', 'v1-20261001T080000Z-_w.json',
      `${good.replace('.json', '')} (1).json`, 'v-20261001T080000Z-R2VhY3RpdmVlcmQ.json', 'V1-20261001T080000Z-R2VhY3RpdmVlcmQ.JSON',
    ]) drive.seed(`Veiligheidsplannen/p1/versions/${odd}`, 'x', 'text/plain');
    drive.seed(`Veiligheidsplannen/p1/versions/${good}`, serializePlan(basePlan));
    drive.seed('Veiligheidsplannen/p1/versions/v2-20261101T080000Z-R2VhY3RpdmVlcmQ.json/inner.txt', 'a folder with a version-like name', 'text/plain');
    const versions = await store().listVersions('p1');
    expect(versions.map((v) => v.label)).toEqual(['Geactiveerd']);
  });

  it('loads a frozen version by item id through its download URL, not through Graph /content', async () => {
    const { drive, inner } = library();
    const frozen = drive.seed(`Veiligheidsplannen/p1/versions/${frozenVersionName(1, new Date('2026-10-01T08:00:00Z'), 'Geactiveerd')}`, serializePlan(basePlan));
    expect(await store().loadVersion('p1', frozen.id)).toEqual(basePlan);
    expect(inner.map((r) => `${r.method} ${r.path} ${r.query.$select ?? ''}`)).toEqual([
      `GET /drives/d1/items/${frozen.id} id,eTag,lastModifiedDateTime,@microsoft.graph.downloadUrl`,
    ]);
    expect(graph.log.find((r) => r.url.hostname === 'contoso.sharepoint.com')!.headers.get('Authorization')).toBeNull();
  });

  it('lists and restores SharePoint versions of plan.json (no old version\'s content is read), then rewrites the list columns', async () => {
    const { drive, inner } = library();
    drive.seed(PLAN_FILE, serializePlan({ ...basePlan, familyName: 'Tweede' }));
    drive.setFields('Veiligheidsplannen/p1', { VpFamilyName: 'Tweede' });
    const s = store();
    expect((await s.listSavedVersions('p1')).map((v) => v.versionId)).toEqual(['2.0', '1.0']);
    await s.restoreSavedVersion('p1', '1.0');
    expect(stored(drive.text(PLAN_FILE)).familyName).toBe('Jansen');
    expect(drive.node('Veiligheidsplannen/p1')!.fields).toMatchObject({ VpFamilyName: 'Jansen', VpPlanId: 'p1' });
    expect(inner.some((r) => /\/versions\/[^/]+\/content$/.test(r.path))).toBe(false);
  });

  it('uploads the .docx next to plan.json under a fixed name', async () => {
    const { drive } = library();
    await store().uploadDocument('p1', new Uint8Array([80, 75, 3, 4]).buffer);
    const [put] = graph.log;
    expect(put!.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(put!.url.searchParams.get('@microsoft.graph.conflictBehavior')).toBe('replace');
    expect(drive.node('Veiligheidsplannen/p1/veiligheidsplan.docx')!.content.slice(0, 2)).toEqual(new Uint8Array([80, 75]));
  });
});

describe('plan location', () => {
  it('resolves the team site from the Teams context once and uses its default library', async () => {
    const { drive } = graph.useDrive();
    const s = new SharePointPlanStore(testContext(), { ...config, driveId: '', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Wijkteam' }, clock);
    await s.save(basePlan, null);
    await s.list();
    const site = graph.log.filter((r) => r.path.startsWith('/sites/contoso.sharepoint.com:'));
    expect(site).toHaveLength(1);
    expect(site[0]!.url.searchParams.get('$select')).toBe('id');
    expect(drive.text(PLAN_FILE)).not.toBeNull();
  });

  it('names the storage capability (Sites.ReadWrite.All finds a site by URL) when the site lookup is refused', async () => {
    graph.useDrive({ authorize: ({ url }) => (url.includes('/sites/contoso.sharepoint.com:') ? { status: 403, body: { error: { code: 'accessDenied', message: 'no' } } } : null) });
    const s = new SharePointPlanStore(testContext(), { ...config, driveId: '', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Wijkteam' }, clock);
    const error = await s.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).missingConsent).toBe(consentFor('storage'));
  });

  it('with Files.ReadWrite.All instead of Sites.ReadWrite.All, the permission map refuses the site lookup (403): PermissionError names storage', async () => {
    graph.enforceScopes(['Files.ReadWrite.All']);
    graph.useDrive();
    const s = new SharePointPlanStore(testContext(), { ...config, driveId: '', teamSiteUrl: 'https://contoso.sharepoint.com/sites/Wijkteam' }, clock);
    const error = await s.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).status).toBe(403);
    expect((error as PermissionError).missingConsent).toBe(consentFor('storage'));
    expect(graph.log.map((r) => r.path)).toEqual(['/sites/contoso.sharepoint.com:/sites/Wijkteam']);
  });

  it('outside a team channel with no site or library configured, fails with STORAGE.NO_LOCATION and a Dutch message, before any request', async () => {
    const { errorMessage } = await import('../../../../src/i18n');
    const s = new SharePointPlanStore(testContext(), { ...config, driveId: '', siteId: '', teamSiteUrl: null }, clock);
    const error = await s.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORAGE.NO_LOCATION' });
    expect(errorMessage(error as DomainError, 'nl')).toMatch(/kanaal van een team/);
    expect(errorMessage(error as DomainError, 'nl')).toMatch(/VP_SITE_ID of VP_DRIVE_ID/);
    expect(graph.log).toHaveLength(0);
  });
});


/** @jest-environment node */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildTeamsPackage, checkIcon, fillManifest, ICON_RULES, PackageError, placeholderValues, validateManifest } from '../../../scripts/package-teams';

const APP_PACKAGE = path.resolve(__dirname, '../../../appPackage');
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const ENV = { VP_BASE_URL: 'https://vp.example.org', VP_CLIENT_ID: CLIENT_ID };

/** A scratch copy of appPackage/, so a test can break one file without touching the real one. */
function scratchPackage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vp-apppkg-'));
  for (const f of ['manifest.json', 'color.png', 'outline.png']) copyFileSync(path.join(APP_PACKAGE, f), path.join(dir, f));
  return dir;
}

async function build(dir: string, env: Record<string, string> = ENV) {
  return buildTeamsPackage({ sourceDir: dir, outFile: path.join(dir, 'out/appPackage.zip'), env, appVersion: '1.2.3' });
}

async function refusal(work: Promise<unknown>): Promise<PackageError> {
  const error = await work.then(() => null, (e: unknown) => e);
  if (!(error instanceof PackageError)) throw new Error(`expected a PackageError, got ${String(error)}`);
  return error;
}

function png(width: number, height: number, rgba: readonly [number, number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < image.data.length; i += 4) image.data.set(rgba, i);
  return PNG.sync.write(image);
}

describe('buildTeamsPackage()', () => {
  it('writes a zip whose manifest validates against the Teams schema, with the placeholders filled', async () => {
    const dir = scratchPackage();
    const { outFile } = await build(dir);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(validateManifest(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(JSON.stringify(manifest)).not.toContain('${');
    expect(manifest).toMatchObject({
      version: '1.2.3',
      validDomains: ['vp.example.org'],
      webApplicationInfo: { id: CLIENT_ID, resource: `api://vp.example.org/${CLIENT_ID}` },
      staticTabs: expect.arrayContaining([expect.objectContaining({ contentUrl: 'https://vp.example.org/tab.html', scopes: ['personal'] })]),
      configurableTabs: [expect.objectContaining({ configurationUrl: 'https://vp.example.org/configure.html', scopes: ['team', 'groupChat'] })],
    });
  });

  it('pins the caseload as a personal tab on the same build, opened with ?view=caseload (issue 21)', async () => {
    // https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/create-personal-tab (staticTabs: contentUrl per tab)
    const { manifest } = await build(scratchPackage());
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      staticTabs: expect.arrayContaining([expect.objectContaining({
        entityId: 'caseload', name: 'Mijn caseload', contentUrl: 'https://vp.example.org/tab.html?view=caseload', scopes: ['personal'], context: ['personalTab'],
      })]),
    });
  });

  it('offers the tab in a meeting\'s side panel, stage and chat, with the RSC permissions Live Share and share-to-stage need', async () => {
    // https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities (Register RSC permissions)
    // https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
    const { manifest } = await build(scratchPackage());
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      configurableTabs: [expect.objectContaining({ context: expect.arrayContaining(['meetingSidePanel', 'meetingStage', 'meetingChatTab']) })],
      authorization: { permissions: { resourceSpecific: expect.arrayContaining([
        { name: 'LiveShareSession.ReadWrite.Chat', type: 'Delegated' },
        { name: 'LiveShareSession.ReadWrite.Group', type: 'Delegated' },
        { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
        { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
      ]) } },
    });
  });

  it('does not open the live netwerkberaad to anonymous joiners (docs/teams.md: they hold only the meeting link)', async () => {
    // https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-anonymous-user
    const { manifest } = await build(scratchPackage());
    expect(manifest).toMatchObject({ meetingExtensionDefinition: { supportsAnonymousGuestUsers: false } });
  });

  it('puts icons of the right sizes in the zip: color 192x192 and a transparent outline 32x32', async () => {
    const zip = await JSZip.loadAsync(readFileSync((await build(scratchPackage())).outFile));
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(checkIcon('outline.png', outline, ICON_RULES.outline)).toEqual([]);
    expect([PNG.sync.read(outline).width, PNG.sync.read(outline).height]).toEqual([32, 32]);
  });

  it('leaves out SSO when no client id is configured, so a local-mode package still validates', async () => {
    const { manifest } = await build(scratchPackage(), { VP_BASE_URL: 'https://vp.example.org' });
    expect(manifest.webApplicationInfo).toBeUndefined();
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('refuses a manifest that breaks the schema, naming the field', async () => {
    const dir = scratchPackage();
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { developer: Record<string, string>; accentColor: string };
    delete manifest.developer.privacyUrl;
    manifest.accentColor = 'teal';
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const error = await refusal(build(dir));
    expect(error.problems).toEqual(expect.arrayContaining([
      "manifest /developer must have required property 'privacyUrl'",
      expect.stringMatching(/^manifest \/accentColor must match pattern/),
    ]));
    expect(error.message).toMatch(/^The Teams app package was not written:/);
  });

  it('refuses an unknown property, saying which one', async () => {
    const dir = scratchPackage();
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    manifest.colour = 'red';
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    expect((await refusal(build(dir))).problems).toContain('manifest (root) must NOT have additional properties (colour)');
  });

  it('refuses an outline icon with the wrong size or without transparency', async () => {
    const dir = scratchPackage();
    writeFileSync(path.join(dir, 'outline.png'), png(48, 48, [255, 255, 255, 255]));
    const error = await refusal(build(dir));
    expect(error.problems).toEqual(['outline.png must be 32x32 pixels, it is 48x48', 'outline.png must have a transparent background']);
  });
});

describe('checkIcon()', () => {
  it('refuses an outline drawn in a colour other than white', () => {
    const image = new PNG({ width: 32, height: 32 });
    image.data.set([0, 0, 0, 255], 0); // one black pixel; the rest stays transparent
    expect(checkIcon('outline.png', PNG.sync.write(image), ICON_RULES.outline)).toEqual(['outline.png must be white on transparent; 1 pixels have another colour']);
  });

  it('accepts an opaque colour icon of 192x192', () => {
    expect(checkIcon('color.png', png(192, 192, [27, 111, 106, 255]), ICON_RULES.color)).toEqual([]);
  });

  it('says so when the file is not a PNG', () => {
    expect(checkIcon('color.png', Buffer.from('not a png'), ICON_RULES.color)).toEqual(['color.png is not a readable PNG']);
  });
});

describe('placeholderValues()', () => {
  it('refuses a base URL without https, since Teams loads tabs over https only', () => {
    expect(() => placeholderValues({ VP_BASE_URL: 'http://vp.example.org' }, '1.0.0')).toThrow(/VP_BASE_URL must use https/);
  });

  it('refuses a client id that is not a GUID', () => {
    expect(() => placeholderValues({ VP_CLIENT_ID: 'my-app' }, '1.0.0')).toThrow(/VP_CLIENT_ID must be .* a GUID/);
  });

  it('keeps the port of a dev server in validDomains and drops a trailing slash', () => {
    expect(placeholderValues({ VP_BASE_URL: 'https://localhost:3000/' }, '1.0.0')).toMatchObject({ TAB_ENDPOINT: 'https://localhost:3000', TAB_DOMAIN: 'localhost:3000' });
  });

  it('reads the Agents Toolkit\'s environment names when the VP_ ones are absent', () => {
    expect(placeholderValues({ TAB_ENDPOINT: 'https://vp.example.org', AAD_APP_CLIENT_ID: CLIENT_ID, TEAMS_APP_ID: CLIENT_ID }, '1.0.0'))
      .toMatchObject({ TAB_ENDPOINT: 'https://vp.example.org', TAB_DOMAIN: 'vp.example.org', AAD_APP_CLIENT_ID: CLIENT_ID, TEAMS_APP_ID: CLIENT_ID });
  });
});

describe('fillManifest()', () => {
  it('names a placeholder that has no value', () => {
    expect(() => fillManifest('{"name": "${{NOPE}}"}', {})).toThrow(/\$\{\{NOPE\}\} has no value/);
  });

  it('escapes values so they cannot break the JSON', () => {
    expect(fillManifest('{"developer": {"name": "${{DEVELOPER_NAME}}"}}', { DEVELOPER_NAME: 'Team "Zuid"' })).toEqual({ developer: { name: 'Team "Zuid"' } });
  });
});

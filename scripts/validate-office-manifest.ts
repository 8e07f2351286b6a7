/**
 * `npm run validate:manifest`: checks manifest/manifest.xml offline. Microsoft's own validator
 * (`office-addin-manifest validate`) needs its online service, so this checks what can be checked here:
 *   - the XML is well-formed (fast-xml-parser);
 *   - the required elements are present, in the order the schema (OfficeApp 1.1, TaskPaneApp) demands;
 *   - a WordApi requirement set, the Document host, a ReadWriteDocument permission;
 *   - every URL is https on the expected origin (the dev server, or VP_BASE_URL), every `resid` exists,
 *     strings fit their limits, the icons exist at 16/32/80 px (and 32/64 for the add-in icon);
 *   - WebApplicationInfo (SSO) has a GUID, an `api://<host>/<id>` resource and the scopes the app requests.
 * With VP_BASE_URL set it also renders and checks the production copy; `--out <file>` writes that copy
 * (with VP_CLIENT_ID as the SSO client id when set). Exit code 1 when anything is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { allScopes } from '../src/auth/scopes';

export const DEV_ORIGIN = 'https://localhost:3000';
const PLACEHOLDER_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Top-level children of OfficeApp (TaskPaneApp) in schema order; `true` marks the required ones. */
const OFFICE_APP_ORDER: ReadonlyArray<[string, boolean]> = [
  ['Id', true], ['AlternateId', false], ['Version', true], ['ProviderName', true], ['DefaultLocale', true], ['DisplayName', true],
  ['Description', true], ['IconUrl', true], ['HighResolutionIconUrl', false], ['SupportUrl', false], ['AppDomains', false],
  ['Hosts', false], ['Requirements', false], ['DefaultSettings', true], ['Permissions', true], ['Dictionary', false],
  ['VersionOverrides', false], ['ExtendedOverrides', false],
];
const VERSION_OVERRIDES_ORDER: ReadonlyArray<[string, boolean]> = [
  ['Description', false], ['Requirements', false], ['Hosts', true], ['Resources', true], ['VerifiedDomain', false],
  ['WebApplicationInfo', false], ['EquivalentAddins', false],
];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** An element as fast-xml-parser's `preserveOrder` gives it: `{ Tag: [children], ':@': { '@_attr': value } }`. */
type OrderedNode = Record<string, unknown>;

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

function toElement(node: OrderedNode): Element | null {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name === '#text' || name === '#comment' || name === '?xml') return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
  const kids = (node[name] ?? []) as OrderedNode[];
  const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('').trim();
  return { name, attrs, text, children: kids.map(toElement).filter((e): e is Element => e !== null) };
}

function parse(xml: string): Element | null {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, parseAttributeValue: false, parseTagValue: false, trimValues: true });
  const nodes = parser.parse(xml) as OrderedNode[];
  return nodes.map(toElement).find((e): e is Element => e?.name === 'OfficeApp') ?? null;
}

const child = (e: Element | undefined, name: string): Element | undefined => e?.children.find((c) => c.name === name);
const descendants = (e: Element): Element[] => e.children.flatMap((c) => [c, ...descendants(c)]);

function checkOrder(parent: Element, order: ReadonlyArray<[string, boolean]>, where: string, errors: string[]): void {
  const names = parent.children.map((c) => c.name);
  for (const [name, required] of order) if (required && !names.includes(name)) errors.push(`${where}: required element <${name}> is missing`);
  const rank = new Map(order.map(([n], i) => [n, i]));
  let last = -1;
  for (const name of names) {
    const r = rank.get(name);
    if (r === undefined) { errors.push(`${where}: unexpected element <${name}>`); continue; }
    if (r < last) errors.push(`${where}: <${name}> is out of the order the schema demands`);
    last = Math.max(last, r);
  }
}

export interface ManifestOptions {
  /** The origin every add-in URL must use: the dev server, or the production base URL. */
  origin: string;
  /** Folder holding the icons the URLs point at (assets/). */
  assetsDir: string;
}

function checkUrl(url: string, what: string, origin: string, errors: string[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    errors.push(`${what}: "${url}" is not a URL`);
    return;
  }
  if (parsed.protocol !== 'https:') errors.push(`${what}: "${url}" must use https (Office loads add-ins over https only)`);
  if (parsed.origin !== new URL(origin).origin) errors.push(`${what}: "${url}" is not on ${origin}`);
}

function checkIcon(url: string, size: number, options: ManifestOptions, errors: string[]): void {
  const file = path.join(options.assetsDir, path.basename(new URL(url).pathname));
  try {
    const png = PNG.sync.read(readFileSync(file));
    if (png.width !== size || png.height !== size) errors.push(`${path.basename(file)} is ${png.width}x${png.height}, expected ${size}x${size}`);
  } catch {
    errors.push(`icon ${path.basename(file)} is missing or not a PNG (run: npx tsx scripts/make-word-icons.ts)`);
  }
}

function checkTopLevel(app: Element, options: ManifestOptions, errors: string[]): void {
  if (app.attrs['xsi:type'] !== 'TaskPaneApp') errors.push('OfficeApp must have xsi:type="TaskPaneApp"');
  if (app.attrs.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') errors.push('OfficeApp must use the appforoffice/1.1 namespace');
  checkOrder(app, OFFICE_APP_ORDER, 'OfficeApp', errors);
  if (!GUID.test(child(app, 'Id')?.text ?? '')) errors.push('<Id> must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(child(app, 'Version')?.text ?? '')) errors.push('<Version> must look like 1.0.0.0');
  const displayName = child(app, 'DisplayName')?.attrs.DefaultValue ?? '';
  if (!displayName || displayName.length > 125) errors.push('<DisplayName DefaultValue> must be 1 to 125 characters');
  const description = child(app, 'Description')?.attrs.DefaultValue ?? '';
  if (!description || description.length > 250) errors.push('<Description DefaultValue> must be 1 to 250 characters');
  const hosts = child(app, 'Hosts')?.children ?? [];
  if (!hosts.some((h) => h.attrs.Name === 'Document')) errors.push('<Hosts> must name Document (Word)');
  const sets = descendants(child(app, 'Requirements') ?? { name: '', attrs: {}, children: [], text: '' }).filter((e) => e.name === 'Set');
  const wordApi = sets.find((s) => s.attrs.Name === 'WordApi');
  if (!wordApi || !/^1\.\d+$/.test(wordApi.attrs.MinVersion ?? '')) errors.push('<Requirements> must ask for a WordApi MinVersion');
  if (!PERMISSIONS.includes(child(app, 'Permissions')?.text ?? '')) errors.push(`<Permissions> must be one of ${PERMISSIONS.join(', ')}`);
  if (child(app, 'Permissions')?.text !== 'ReadWriteDocument') errors.push('<Permissions> must be ReadWriteDocument: the pane writes content controls');
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const url = child(app, name)?.attrs.DefaultValue;
    if (url) checkUrl(url, `<${name}>`, options.origin, errors);
  }
  const icon = child(app, 'IconUrl')?.attrs.DefaultValue;
  if (icon) checkIcon(icon, 32, options, errors);
  const hiRes = child(app, 'HighResolutionIconUrl')?.attrs.DefaultValue;
  if (hiRes) checkIcon(hiRes, 64, options, errors);
  const source = child(child(app, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue ?? '';
  checkUrl(source, '<SourceLocation>', options.origin, errors);
  if (!source.endsWith('/taskpane.html')) errors.push('<SourceLocation> must point at taskpane.html (the webpack page of the task pane)');
  for (const domain of child(app, 'AppDomains')?.children ?? []) {
    if (!domain.text.startsWith('https://')) errors.push(`<AppDomain> "${domain.text}" must be an https origin`);
  }
}

function checkResources(overrides: Element, options: ManifestOptions, errors: string[]): void {
  const resources = child(overrides, 'Resources');
  const ids = new Map<string, Element>();
  for (const e of descendants(resources ?? overrides)) if (e.attrs.id && e.name.startsWith('bt:')) ids.set(e.attrs.id, e);
  for (const e of descendants(child(overrides, 'Hosts') ?? overrides)) {
    const resid = e.attrs.resid;
    if (resid && !ids.has(resid)) errors.push(`resid "${resid}" (on <${e.name}>) is not defined in <Resources>`);
  }
  for (const e of descendants(resources ?? overrides)) {
    const value = e.attrs.DefaultValue ?? '';
    if (e.name === 'bt:Url' || e.name === 'bt:Image') checkUrl(value, `<${e.name} id="${e.attrs.id}">`, options.origin, errors);
    if (e.name === 'bt:String' && value.length > 250) errors.push(`string "${e.attrs.id}" is longer than 250 characters`);
  }
  for (const e of descendants(child(resources, 'bt:ShortStrings') ?? overrides)) {
    if (e.name === 'bt:String' && (e.attrs.DefaultValue ?? '').length > 125) errors.push(`short string "${e.attrs.id}" is longer than 125 characters`);
  }
  const buttonIcons = descendants(child(overrides, 'Hosts') ?? overrides).filter((e) => e.name === 'bt:Image');
  for (const size of [16, 32, 80]) {
    const image = buttonIcons.find((e) => e.attrs.size === String(size));
    const resource = image ? ids.get(image.attrs.resid ?? '') : undefined;
    if (!resource) errors.push(`the ribbon button needs a ${size} px icon`);
    else checkIcon(resource.attrs.DefaultValue ?? '', size, options, errors);
  }
}

function checkRibbon(overrides: Element, errors: string[]): void {
  const hostsEls = descendants(child(overrides, 'Hosts') ?? overrides);
  const host = hostsEls.find((e) => e.name === 'Host');
  if (host?.attrs['xsi:type'] !== 'Document') errors.push('VersionOverrides must have a <Host xsi:type="Document">');
  const tab = hostsEls.find((e) => e.name === 'OfficeTab');
  if (tab?.attrs.id !== 'TabHome') errors.push('the button must sit on the Home tab (<OfficeTab id="TabHome">)');
  const action = hostsEls.find((e) => e.name === 'Action');
  if (action?.attrs['xsi:type'] !== 'ShowTaskpane') errors.push('the button must open the task pane (Action xsi:type="ShowTaskpane")');
}

function checkSso(overrides: Element, options: ManifestOptions, errors: string[]): void {
  const info = child(overrides, 'WebApplicationInfo');
  if (!info) return;
  const id = child(info, 'Id')?.text ?? '';
  if (!GUID.test(id)) errors.push('<WebApplicationInfo><Id> must be the app registration\'s client id (a GUID)');
  const host = new URL(options.origin).host;
  const resource = child(info, 'Resource')?.text ?? '';
  if (resource !== `api://${host}/${id}`) errors.push(`<WebApplicationInfo><Resource> must be api://${host}/${id}`);
  const scopes = (child(info, 'Scopes')?.children ?? []).map((s) => s.text);
  for (const scope of allScopes()) {
    if (!scopes.includes(scope)) errors.push(`<WebApplicationInfo> lacks the scope ${scope} that the app requests (src/auth/scopes.ts)`);
  }
}

/** Every problem found, as plain sentences; empty when the manifest is good. */
export function validateManifest(xml: string, options: ManifestOptions): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const app = parse(xml);
  if (!app) return ['the root element must be <OfficeApp>'];
  const errors: string[] = [];
  checkTopLevel(app, options, errors);
  const overrides = child(app, 'VersionOverrides');
  if (!overrides) {
    errors.push('<VersionOverrides> is missing: without it there is no ribbon button');
    return errors;
  }
  if (overrides.attrs['xsi:type'] !== 'VersionOverridesV1_0') errors.push('VersionOverrides must be xsi:type="VersionOverridesV1_0"');
  checkOrder(overrides, VERSION_OVERRIDES_ORDER, 'VersionOverrides', errors);
  checkRibbon(overrides, errors);
  checkResources(overrides, options, errors);
  checkSso(overrides, options, errors);
  return errors;
}

/** The production copy: the dev origin replaced by `baseUrl`, and the SSO client id when one is configured. */
export function renderManifest(xml: string, baseUrl: string, clientId: string | null): string {
  const origin = new URL(baseUrl).origin;
  let out = xml.split(DEV_ORIGIN).join(origin).split(`api://localhost:3000/`).join(`api://${new URL(origin).host}/`);
  if (clientId) out = out.split(PLACEHOLDER_CLIENT_ID).join(clientId);
  return out;
}

function main(): void {
  const root = path.resolve(__dirname, '..');
  const xml = readFileSync(path.join(root, 'manifest/manifest.xml'), 'utf8');
  const assetsDir = path.join(root, 'assets');
  const report = (label: string, errors: string[]): boolean => {
    if (errors.length === 0) console.log(`${label}: valid`);
    for (const e of errors) console.error(`${label}: ${e}`);
    return errors.length === 0;
  };
  let ok = report('manifest/manifest.xml (dev, https://localhost:3000)', validateManifest(xml, { origin: DEV_ORIGIN, assetsDir }));
  const baseUrl = (process.env.VP_BASE_URL ?? '').trim();
  if (baseUrl && new URL(baseUrl).origin !== DEV_ORIGIN) {
    const clientId = (process.env.VP_CLIENT_ID ?? '').trim() || null;
    if (!clientId) console.log('Note: VP_CLIENT_ID is not set; the copy keeps the placeholder client id (fine for local mode, no SSO).');
    const production = renderManifest(xml, baseUrl, clientId);
    ok = report(`production copy (${baseUrl})`, validateManifest(production, { origin: baseUrl, assetsDir })) && ok;
    const outIndex = process.argv.indexOf('--out');
    const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
    if (out) {
      writeFileSync(out, production);
      console.log(`Wrote ${out}`);
    }
  }
  console.log('Online validation against Microsoft\'s service is a manual step: see docs/word.md.');
  process.exitCode = ok ? 0 : 1;
}

if (require.main === module) main();

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_ORIGIN, renderManifest, validateManifest } from '../../../../scripts/validate-office-manifest';

const root = path.resolve(__dirname, '../../../..');
const xml = readFileSync(path.join(root, 'manifest/manifest.xml'), 'utf8');
const assetsDir = path.join(root, 'assets');
const dev = { origin: DEV_ORIGIN, assetsDir };

describe('validateManifest() on manifest/manifest.xml', () => {
  it('finds the committed manifest valid for the dev server', () => {
    expect(validateManifest(xml, dev)).toEqual([]);
  });

  it('finds the production copy valid for the configured base URL, with the client id filled in', () => {
    const production = renderManifest(xml, 'https://plan.example.org', '11111111-2222-3333-4444-555555555555');
    expect(production).not.toContain('localhost');
    expect(production).toContain('<Resource>api://plan.example.org/11111111-2222-3333-4444-555555555555</Resource>');
    expect(validateManifest(production, { origin: 'https://plan.example.org', assetsDir })).toEqual([]);
  });

  it('rejects a dev manifest checked against another origin', () => {
    expect(validateManifest(xml, { origin: 'https://plan.example.org', assetsDir }).join('\n')).toMatch(/is not on https:\/\/plan\.example\.org/);
  });

  it.each<[string, (x: string) => string, RegExp]>([
    ['XML that is not well-formed', (x) => x.replace('</OfficeApp>', ''), /not well-formed/],
    ['a missing required element', (x) => x.replace(/<Permissions>.*<\/Permissions>/, ''), /required element <Permissions> is missing/],
    ['elements out of schema order', (x) => x.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, '$2$1'), /out of the order/],
    ['an http URL', (x) => x.replace('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /must use https/],
    ['a resid without resource', (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Nope"/>'), /resid "Nope"/],
    ['no 80 px ribbon icon', (x) => x.replace(/<bt:Image size="80" resid="Icon.80"\/>/g, ''), /needs a 80 px icon/],
    ['an icon of the wrong size', (x) => x.replace('assets/word-80.png"', 'assets/word-64.png"'), /word-64\.png is 64x64, expected 80x80/],
    ['no WordApi requirement', (x) => x.replace('<Set Name="WordApi" MinVersion="1.3"/>', ''), /WordApi MinVersion/],
    ['a button off the Home tab', (x) => x.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabInsert">'), /Home tab/],
    ['an SSO resource that does not match', (x) => x.replace('<Resource>api://localhost:3000/', '<Resource>api://elders/'), /Resource> must be api:\/\/localhost:3000\//],
    ['a missing scope the app requests', (x) => x.replace('<Scope>Calendars.ReadWrite</Scope>', ''), /lacks the scope Calendars\.ReadWrite/],
  ])('reports %s', (_what, spoil, expected) => {
    const spoiled = spoil(xml);
    expect(spoiled).not.toBe(xml);
    expect(validateManifest(spoiled, dev).join('\n')).toMatch(expected);
  });
});

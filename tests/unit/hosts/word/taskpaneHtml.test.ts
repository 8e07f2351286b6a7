/**
 * @jest-environment node
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/** The same module webpack.config.js renders taskpane.html with (plain CommonJS, so it is loaded, not imported). */
const load = createRequire(__filename);
const { taskpaneHtml, OLD_WORD_MESSAGE_NL } = load(path.resolve(__dirname, '../../../../src/hosts/word/taskpaneHtml.js')) as {
  taskpaneHtml(options: { title: string; scripts: string[]; officeJs: string }): string;
  OLD_WORD_MESSAGE_NL: string;
};

const BUNDLE = '/taskpane.1a2b3c4d.js';
const html = taskpaneHtml({ title: 'Veiligheidsplan', scripts: [BUNDLE], officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' });

/** User agents as Microsoft lists them for Office's webviews (support-ie-11, browsers-used-by-office-web-add-ins). */
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0';

/** Runs the page's inline script as a browser would; no resource is fetched (jsdom loads none by default). */
function open(userAgent: string): Document {
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    // jsdom takes a user agent only through a resource loader, which would fetch office.js; set it before parsing instead.
    beforeParse: (window) => { Object.defineProperty(window.navigator, 'userAgent', { value: userAgent }); },
  });
  return dom.window.document;
}

/** Script elements the browser would run for the bundle: a real script type with the bundle's src. */
function startedBundles(document: Document): Element[] {
  return [...document.querySelectorAll('script[src]')].filter((s) => s.getAttribute('src') === BUNDLE && !s.hasAttribute('type'));
}

describe('taskpane.html in older Word', () => {
  it.each([['Internet Explorer 11', IE11], ['EdgeHTML (Edge Legacy)', EDGE_HTML]])('in %s says in Dutch which Word versions work, and does not start the bundle', (_name, ua) => {
    const document = open(ua);
    const alert = document.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(OLD_WORD_MESSAGE_NL);
    expect(alert?.textContent).toContain('Microsoft 365');
    expect(alert?.textContent).toContain('Word 2021');
    expect(alert?.textContent).toContain('WebView2');
    expect(alert?.textContent).toContain('Word op het web');
    expect(alert?.textContent).toContain('Word voor Mac');
    expect(startedBundles(document)).toEqual([]);
  });

  it('in WebView2 (Chromium Edge, "Edg/") starts the bundle once and shows no message', () => {
    const document = open(WEBVIEW2);
    expect(document.querySelector('[role="alert"]')).toBeNull();
    expect(startedBundles(document)).toHaveLength(1);
  });

  it('keeps the bundle inert in the markup, so nothing but the guard can start it', () => {
    const inert = new JSDOM(html).window.document.querySelector(`script[src="${BUNDLE}"]`);
    expect(inert?.getAttribute('type')).toBe('text/plain');
  });

  it('writes the guard in ES5: no arrow functions, let/const, template literals or classes', () => {
    const guard = [...new JSDOM(html).window.document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
    expect(guard).toContain('Trident/');
    expect(guard).not.toMatch(/=>|\blet\b|\bconst\b|`|\bclass\b/);
  });
});

describe('the old-Word message', () => {
  it('is the i18n area\'s text, in Dutch first and in English', async () => {
    const { authMessages } = await import('../../../../src/i18n/areas/auth');
    expect(authMessages['auth.oldWord'].nl).toBe(OLD_WORD_MESSAGE_NL);
    const document = new JSDOM(html, {
      runScripts: 'dangerously',
      beforeParse: (window) => { Object.defineProperty(window.navigator, 'userAgent', { value: IE11 }); },
    }).window.document;
    expect(document.querySelector('p[lang="en"]')?.textContent).toBe(authMessages['auth.oldWord'].en);
  });
});

import JSZip from 'jszip';
import type { BrowserContext, ConsoleMessage, Download, Page, Request } from 'playwright-core';

/**
 * A PII scan over an e2e run. A plan names a family, its children, their network and their professionals; none of that
 * may leak into places that are logged, synced or shown outside the plan itself: request URLs (server and proxy logs,
 * Referer), console messages (support screenshots, telemetry), the document title and the address (browser history,
 * Teams and Office chrome, tab titles), IndexedDB database names and keys (readable without opening a value),
 * web storage keys, downloaded file names (the Downloads folder, mail attachments), the .ics (calendar servers), a
 * .docx's document properties (SharePoint's Title column and search index, Explorer, mail clients) and Word's hidden
 * link with the plan (`vp:meta`: printed in small grey text, travels with every copy of the document).
 *
 * `PiiWatch` attaches to a BrowserContext; call `step(page, label)` after each step of the walk, `checkStorage(page)`
 * where a plan has been stored, `checkText(where, text)` for a file's content, `checkDocx(where, bytes)` for a .docx's
 * properties and hidden link, `checkWordLink(where, text)` for a link read from Word, and `assertClean()` at the end: it
 * throws with every hit and where it was found.
 */

/** A value from a plan that must not leak, and which field it came from (for the failure message). */
export interface Needle {
  readonly text: string;
  readonly field: string;
}

export interface Hit {
  readonly where: string;
  readonly needle: Needle;
  readonly excerpt: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Fields of a plan's person records that identify someone, by array. */
const PERSON_FIELDS: Record<string, readonly string[]> = {
  directPersons: ['name', 'contact'],
  socialNetwork: ['name', 'phone', 'address'],
  professionals: ['name', 'phone', 'email'],
  copyRecipients: ['name', 'email'],
};
/** Free-text fields that describe the family's home or whereabouts: matched as a whole. */
const WHOLE_FIELDS = ['familyName', 'homeLocation'] as const;
/** Parts of names too common to be told apart from ordinary words (Dutch particles, relation words). */
const NOT_A_NAME = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'via', 'moeder', 'vader']);
const MIN_PART = 4;

const EMAIL = /[^\s,;<>()]+@[^\s,;<>()]+\.[a-z]{2,}/gi;
const PHONE = /\+?\d[\d -]{6,}\d/g;

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The strings of a plan file that must not leak: whole names, addresses, phone numbers and e-mail addresses, the family
 * name and the home location; and, from names and addresses, each word of at least four letters (a surname alone
 * identifies a family in a URL just as well). Phone numbers also without separators.
 */
export function piiOf(plan: Json): Needle[] {
  if (!isRecord(plan)) throw new Error('a plan is a JSON object');
  const needles = new Map<string, Needle>();
  const add = (text: string, field: string) => {
    const trimmed = text.trim();
    if (trimmed.length < 3) return;
    const key = trimmed.toLowerCase();
    if (!needles.has(key)) needles.set(key, { text: trimmed, field });
  };
  const addWords = (text: string, field: string) => {
    for (const word of text.split(/[\s,.;:()/]+/u)) {
      if (word.length >= MIN_PART && !NOT_A_NAME.has(word.toLowerCase()) && !/^\d+$/.test(word)) add(word, `${field} (part)`);
    }
  };
  for (const field of WHOLE_FIELDS) {
    const value = plan[field];
    if (typeof value === 'string') {
      add(value, field);
      if (field === 'familyName') addWords(value.replace(/-/g, ' '), field);
    }
  }
  for (const [list, fields] of Object.entries(PERSON_FIELDS)) {
    const items = plan[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (!isRecord(item)) return;
      for (const field of fields) {
        const value = item[field];
        if (typeof value !== 'string' || value === '') continue;
        const where = `${list}[${index}].${field}`;
        const emails = value.match(EMAIL) ?? [];
        const phones = value.match(PHONE) ?? [];
        for (const email of emails) add(email, where);
        for (const phone of phones) {
          add(phone, where);
          add(phone.replace(/\D/g, ''), `${where} (digits)`);
        }
        if (field === 'name' || field === 'address') {
          add(value, where);
          addWords(value.replace(/-/g, ' '), where);
        } else if (emails.length === 0 && phones.length === 0 && field !== 'contact') {
          add(value, where);
        }
      }
    });
  }
  return [...needles.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A needle found as a whole word, case-insensitively: "Noor" hits "noor" and "Noor-", not "Noord". */
function matcher(needle: Needle): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle.text)}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The forms a URL can carry text in: as is, percent-decoded, and with `+` as a space (query strings). */
function urlForms(url: string): string[] {
  const forms = [url];
  try {
    const decoded = decodeURIComponent(url);
    forms.push(decoded, decoded.replace(/\+/g, ' '));
  } catch {
    forms.push(url.replace(/\+/g, ' '));
  }
  return forms;
}

/**
 * Runs in the page: every IndexedDB database name, store name, index name and key, and the web storage keys. A string,
 * not a function: tsx (esbuild) wraps named functions in a helper that does not exist in the page.
 */
const READ_STORAGE_KEYS = `(async () => {
  const out = [];
  const result = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    out.push({ where: 'IndexedDB database name', text: info.name });
    const db = await result(indexedDB.open(info.name));
    for (const storeName of Array.from(db.objectStoreNames)) {
      out.push({ where: 'IndexedDB store name in ' + info.name, text: storeName });
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      for (const indexName of Array.from(store.indexNames)) out.push({ where: 'IndexedDB index name in ' + info.name + '/' + storeName, text: indexName });
      for (const key of await result(store.getAllKeys())) out.push({ where: 'IndexedDB key in ' + info.name + '/' + storeName, text: JSON.stringify(key) });
    }
    db.close();
  }
  for (const [name, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
    for (let i = 0; i < storage.length; i++) out.push({ where: name + ' key', text: storage.key(i) || '' });
  }
  return out;
})()`;

/** The parts of a .docx that hold its properties: core (title, subject, author…), extended (app) and custom. */
export const DOCX_PROPERTY_PARTS = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'] as const;
const WORD_LINK_TAG = 'vp:meta';

function xmlText(xml: string): string {
  return xml.replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of every content control tagged `vp:meta` in a document part (the app writes one, a copied table may add more). */
export function wordLinksIn(documentXml: string): string[] {
  // Lazy up to the first end tag: for a control nested in another that over-reads, which only makes the scan stricter.
  return [...documentXml.matchAll(/<w:sdt(?:\s[^>]*)?>[\s\S]*?<\/w:sdt>/g)]
    .filter((m) => new RegExp(`<w:tag w:val="${WORD_LINK_TAG}"\\s*/>`).test(m[0]))
    .map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => xmlText(t[1] ?? '')).join(''));
}

export class PiiWatch {
  private readonly hits: Hit[] = [];
  private readonly matchers: ReadonlyArray<{ needle: Needle; pattern: RegExp }>;
  /** How many places were looked at, so a test can show the scan ran (and over what). */
  readonly checked = { requests: 0, consoleMessages: 0, steps: 0, storageKeys: 0, downloads: 0, texts: 0, docxProperties: 0, wordLinks: 0 };

  constructor(readonly needles: readonly Needle[]) {
    if (needles.length === 0) throw new Error('PiiWatch needs something to look for');
    this.matchers = needles.map((needle) => ({ needle, pattern: matcher(needle) }));
  }

  /** Watches every request and console message of the context, and every download of its pages. */
  attach(context: BrowserContext): this {
    context.on('request', (request: Request) => {
      this.checked.requests += 1;
      this.scan(`request URL ${request.method()} ${request.url().slice(0, 120)}`, urlForms(request.url()));
    });
    context.on('console', (message: ConsoleMessage) => {
      this.checked.consoleMessages += 1;
      this.scan(`console.${message.type()}`, [message.text()]);
    });
    const watchPage = (page: Page) => {
      page.on('download', (download: Download) => {
        this.checked.downloads += 1;
        this.scan('downloaded file name', [download.suggestedFilename()]);
      });
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    return this;
  }

  /** Checks what the user's browser shows and keeps after a step: the title and the address (with its hash). */
  async step(page: Page, label: string): Promise<void> {
    this.checked.steps += 1;
    const title = await page.title();
    this.scan(`document.title after "${label}"`, [title]);
    this.scan(`location after "${label}"`, urlForms(page.url()));
  }

  /**
   * IndexedDB database names, store names and every key of every store, and the keys of local and session storage,
   * read in the page (the values hold the plan; the names and keys must not).
   */
  async checkStorage(page: Page, label: string): Promise<void> {
    const found = await page.evaluate<Array<{ where: string; text: string }>>(READ_STORAGE_KEYS);
    this.checked.storageKeys += found.length;
    for (const { where, text } of found) this.scan(`${where} (${label})`, [text]);
  }

  /** A file's content or any other text that must hold no PII (the .ics, for example). */
  checkText(where: string, text: string): void {
    this.checked.texts += 1;
    this.scan(where, [text]);
  }

  /**
   * A .docx: every property part (core.xml title, subject, creator, lastModifiedBy, keywords, description; app.xml;
   * custom.xml), values and element names alike, and the text of its hidden link with the plan, if it has one. The
   * body of a plan document names the family on purpose; its properties and link must not.
   */
  async checkDocx(where: string, bytes: Uint8Array): Promise<void> {
    const zip = await JSZip.loadAsync(bytes);
    for (const part of DOCX_PROPERTY_PARTS) {
      const xml = await zip.file(part)?.async('string');
      if (xml === undefined) continue;
      this.checked.docxProperties += 1;
      this.scan(`${where} ${part}`, [xml, xmlText(xml)]);
    }
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const link of wordLinksIn(body)) this.checkWordLink(`${where} ${WORD_LINK_TAG}`, link);
  }

  /** The text of Word's hidden link with the plan (the `vp:meta` control), however it was read. */
  checkWordLink(where: string, text: string): void {
    this.checked.wordLinks += 1;
    this.scan(where, [text]);
  }

  /** Throws with every hit and where it was found. */
  assertClean(): void {
    if (this.hits.length === 0) return;
    const lines = this.hits.map((h) => `- ${h.needle.field} "${h.needle.text}" in ${h.where}: …${h.excerpt}…`);
    throw new Error(`PII found in ${this.hits.length} place(s):\n${lines.join('\n')}`);
  }

  /** The hits so far (a test of the scan itself looks at them). */
  get found(): readonly Hit[] {
    return this.hits;
  }

  private scan(where: string, texts: readonly string[]): void {
    for (const { needle, pattern } of this.matchers) {
      for (const text of texts) {
        const match = pattern.exec(text);
        if (!match) continue;
        const start = Math.max(0, match.index - 30);
        this.hits.push({ where, needle, excerpt: text.slice(start, match.index + match[0].length + 30) });
        break;
      }
    }
  }
}

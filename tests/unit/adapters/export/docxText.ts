import JSZip from 'jszip';

/** Reads a generated .docx the way a test can check it: paragraphs with their style, tables as rows of cell texts. */
export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface DocxContent {
  files: string[];
  documentXml: string;
  paragraphs: DocxParagraph[];
  tables: string[][][];
  /** The text of every header part: a document with landscape pages has one header per section. */
  headerTexts: string[];
  footerXmls: string[];
  footerXml: string;
  allText: string;
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: textOf(m[0]),
  }));
}

function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphsOf(c[0]).map((p) => p.text).join('\n'))));
}

async function fileTexts(zip: JSZip, pattern: RegExp): Promise<string[]> {
  const names = Object.keys(zip.files).filter((n) => pattern.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

export async function readDocx(blob: Blob): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = paragraphsOf(documentXml);
  return {
    files: Object.keys(zip.files),
    documentXml,
    paragraphs,
    tables: tablesOf(documentXml),
    headerTexts: (await fileTexts(zip, /^word\/header\d*\.xml$/)).map(textOf),
    footerXmls: await fileTexts(zip, /^word\/footer\d*\.xml$/),
    footerXml: (await fileTexts(zip, /^word\/footer\d*\.xml$/)).join('\n'),
    allText: paragraphs.map((p) => p.text).join('\n'),
  };
}

/** The table whose header row is exactly these labels. */
export function tableWithHeader(content: DocxContent, header: string[]): string[][] | undefined {
  return content.tables.find((t) => JSON.stringify(t[0]) === JSON.stringify(header));
}

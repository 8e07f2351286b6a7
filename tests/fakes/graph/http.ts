/**
 * The HTTP shapes the Graph fakes speak, independent of msw or Playwright: a request (method, absolute URL,
 * lower-case headers, body bytes) and an answer (status, headers, JSON value or bytes), with the conversions to and
 * from fetch's Request/Response for msw, and the OData query helpers the fakes share.
 */

export interface FakeHttpRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export interface FakeHttpResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value, raw bytes, or nothing (204, 302). */
  body?: unknown;
}

export function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): FakeHttpResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: { error: { code, message, innerError: { date: '2026-11-24T10:00:00', 'request-id': 'fake-drive' } } } };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeHttpResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body };
}

/** `a,b(c,d),e` split on top-level commas only. */
export function splitTop(value: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** `name(opt1=…;opt2=…)` -> { name, options }. */
export function expansion(value: string): { name: string; options: Record<string, string> } {
  const open = value.indexOf('(');
  if (open < 0) return { name: value, options: {} };
  const inner = value.slice(open + 1, value.lastIndexOf(')'));
  const options: Record<string, string> = {};
  for (const part of splitTop(inner, ';')) {
    const eq = part.indexOf('=');
    if (eq > 0) options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { name: value.slice(0, open).trim(), options };
}

/** A fetch Response for msw from a fake answer. */
export function toFetchResponse(answer: FakeHttpResponse): Response {
  const { body } = answer;
  if (body === undefined || answer.status === 204 || answer.status === 302) return new Response(null, { status: answer.status, headers: answer.headers });
  if (body instanceof Uint8Array) return new Response(new Blob([new Uint8Array(body)]), { status: answer.status, headers: answer.headers });
  return new Response(JSON.stringify(body), { status: answer.status, headers: { 'Content-Type': 'application/json', ...answer.headers } });
}

/** A fake request from a fetch Request (msw). */
export async function fromFetchRequest(request: Request): Promise<FakeHttpRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => { headers[key.toLowerCase()] = value; });
  const buffer = request.method === 'GET' || request.method === 'HEAD' ? null : new Uint8Array(await request.clone().arrayBuffer());
  return { method: request.method, url: request.url, headers, body: buffer && buffer.length > 0 ? buffer : buffer };
}

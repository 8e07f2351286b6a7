import type { FakeHttpRequest, FakeHttpResponse } from './http';

/**
 * JSON batching as https://learn.microsoft.com/en-us/graph/json-batching describes it:
 * - `POST /$batch` with `{ requests: [{ id, method, url, headers?, body?, dependsOn? }] }`; `url` is relative to the
 *   version (`/drives/...`). At most 20 requests; ids must be unique ("otherwise, the batch request fails with a 400").
 * - A body "might be a JSON object or a base64 URL-encoded value"; "When a body is included with the request, the
 *   headers object must contain a value for Content-Type".
 * - `dependsOn` orders requests; "If an individual request fails, any request that depends on that request fails
 *   with status code 424 (Failed Dependency)". "Batch should be either fully sequential or fully parallel."
 * - The batch answers 200 with `{ responses: [{ id, status, headers, body }] }`, each inner request with its own
 *   status: "Individual responses might appear in a different order than the requests" (this fake answers in
 *   reverse order, so a client that relies on the order fails here first).
 */

export type BatchDispatch = (request: FakeHttpRequest) => Promise<FakeHttpResponse | null>;

interface InnerRequest {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: unknown;
  body?: unknown;
  dependsOn?: unknown;
}

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const MAX_REQUESTS = 20;
const encoder = new TextEncoder();

function error(status: number, code: string, message: string): FakeHttpResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: { error: { code, message } } };
}

function innerBody(body: unknown, contentType: string): Uint8Array | null {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string' && !contentType.includes('json')) {
    // base64 (URL-safe or not) for a non-JSON body such as a file.
    return Uint8Array.from(Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  return encoder.encode(JSON.stringify(body));
}

function asResponseBody(answer: FakeHttpResponse): unknown {
  if (answer.body instanceof Uint8Array) return Buffer.from(answer.body).toString('base64');
  return answer.body;
}

/** Runs a `$batch` request, handing each inner request to `dispatch` (which applies auth and routes it). */
export async function runBatch(request: FakeHttpRequest, dispatch: BatchDispatch): Promise<FakeHttpResponse> {
  let parsed: { requests?: InnerRequest[] };
  try {
    parsed = JSON.parse(new TextDecoder().decode(request.body ?? new Uint8Array())) as { requests?: InnerRequest[] };
  } catch {
    return error(400, 'BadRequest', 'Invalid batch payload.');
  }
  const requests = parsed.requests;
  if (!Array.isArray(requests) || requests.length === 0) return error(400, 'BadRequest', 'Invalid batch payload.');
  if (requests.length > MAX_REQUESTS) return error(400, 'BadRequest', 'The number of batch requests exceeds the limit of 20.');
  const ids = requests.map((r) => String(r.id ?? ''));
  if (ids.some((id) => id === '') || new Set(ids.map((id) => id.toLowerCase())).size !== ids.length) {
    return error(400, 'BadRequest', 'Batch request ids must be unique.');
  }
  const dependsOf = (r: InnerRequest): string[] => (Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : []);
  const withDeps = requests.filter((r) => dependsOf(r).length > 0).length;
  if (withDeps > 0 && withDeps < requests.length - 1) {
    return error(400, 'BadRequest', 'Batch should be either fully sequential or fully parallel.');
  }
  for (const r of requests) {
    if (dependsOf(r).some((d) => !ids.includes(d))) return error(400, 'BadRequest', 'dependsOn refers to an unknown request id.');
    if (r.body !== undefined && !(r.headers && typeof r.headers === 'object' && Object.keys(r.headers).some((k) => k.toLowerCase() === 'content-type'))) {
      return error(400, 'BadRequest', 'Content-Type header is required when a body is given.');
    }
  }

  const results = new Map<string, InnerResponse>();
  // Sequential in list order: a request never runs before the requests it depends on (they come first in our use).
  for (const r of requests) {
    const id = String(r.id);
    const failed = dependsOf(r).some((d) => {
      const dep = results.get(d);
      return !dep || dep.status >= 400;
    });
    if (failed) {
      results.set(id, { id, status: 424, headers: {}, body: { error: { code: 'FailedDependency', message: 'A dependency failed.' } } });
      continue;
    }
    const headers = Object.fromEntries(Object.entries((r.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const relative = String(r.url ?? '');
    const url = `https://graph.microsoft.com/v1.0${relative.startsWith('/') ? '' : '/'}${relative}`;
    const answer = await dispatch({
      method: String(r.method ?? 'GET').toUpperCase(), url, headers, body: innerBody(r.body, headers['content-type'] ?? ''),
    });
    const final = answer ?? error(501, 'notImplemented', 'Not in the fake.');
    results.set(id, { id, status: final.status, headers: final.headers, ...(final.body === undefined ? {} : { body: asResponseBody(final) }) });
  }
  return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses: [...results.values()].reverse() } };
}

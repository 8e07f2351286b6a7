/** Hands a file to the browser's download. Filenames carry only the plan id, never plan content. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The random ids the app mints (crypto.randomUUID); an older imported plan may carry a free-text id instead. */
const MINTED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `veiligheidsplan-<8 hex>.<ext>`: the start of a minted id tells two downloads apart. An id that is not one (a plan
 * imported before imports minted ids could be called "familie-jansen") is left out, so no name reaches the
 * Downloads folder or a mail attachment (issue 25).
 */
export function planFileName(planId: string, extension: 'docx' | 'ics' | 'json'): string {
  return MINTED_ID.test(planId) ? `veiligheidsplan-${planId.slice(0, 8).toLowerCase()}.${extension}` : `veiligheidsplan.${extension}`;
}

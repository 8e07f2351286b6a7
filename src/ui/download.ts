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

export function planFileName(planId: string, extension: 'docx' | 'ics' | 'json'): string {
  return `veiligheidsplan-${planId.slice(0, 8)}.${extension}`;
}

import type { Locale, Plan } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages } from '../../i18n/areas/export';
import { overviewOf, overviewText } from './overviewText';
import type { OverviewOptions, OverviewPart } from './overviewText';

/**
 * "Mijn afspraken" as one self-contained HTML page to print: inline CSS only, no script, no image, no font or
 * stylesheet from elsewhere, so it prints the same offline and leaks nothing to a third party. Every plan text is
 * escaped.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escaped, with the plan's line breaks kept. */
function html(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

const PRINT_CSS = `
@page { size: A4; margin: 12mm 15mm; }
* { box-sizing: border-box; }
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 10pt; line-height: 1.3; color: #000; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
.confidential { text-align: right; font-size: 8pt; font-weight: bold; letter-spacing: .05em; margin: 0 0 4mm; }
h1 { font-size: 18pt; color: #1F3864; margin: 0 0 1mm; }
.subtitle { font-size: 12pt; font-weight: bold; margin: 0 0 3mm; }
h2 { font-size: 12pt; color: #1F3864; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 1.5mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #7F7F7F; padding: 1mm 2mm; font-size: 9.5pt; text-align: left; vertical-align: top; hyphens: manual; overflow-wrap: normal; word-break: normal; }
thead th { background: #D9E2F3; }
th[scope="row"] { background: #F2F2F2; width: 34%; }
.closing { margin-top: 5mm; font-size: 9pt; font-style: italic; }
@media print { body { padding: 0; max-width: none; } }
`;

function part(p: OverviewPart): string {
  switch (p.kind) {
    case 'lines':
      return p.lines.map((line) => `<p>${html(line)}</p>`).join('\n');
    case 'pairs':
      return `<table><tbody>${p.pairs.map(([label, value]) => `<tr><th scope="row">${html(label)}</th><td>${html(value)}</td></tr>`).join('')}</tbody></table>`;
    case 'table':
      return `<table><thead><tr>${p.columns.map((c) => `<th scope="col">${html(c)}</th>`).join('')}</tr></thead>`
        + `<tbody>${p.rows.map((row) => `<tr>${row.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  }
}

export function overviewToHtml(plan: Plan, personId: string, locale: Locale, options: OverviewOptions = {}): string {
  const text = overviewText(overviewOf(plan, personId, options.organisation), locale);
  const confidential = translate(exportMessages['docx.confidential'], locale).toUpperCase();
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<title>${html(text.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<p class="confidential">${html(confidential)}</p>
<h1>${html(text.title)}</h1>
<p class="subtitle">${html(text.subtitle)}</p>
${text.intro.map((line) => `<p>${html(line)}</p>`).join('\n')}
${text.sections.map((s) => `<section>\n<h2>${html(s.heading)}</h2>\n${s.parts.map(part).join('\n')}\n</section>`).join('\n')}
<p class="closing">${html(text.closing)}</p>
</main>
</body>
</html>
`;
}

/**
 * `npm run doctor [-- --env dev]`: checks one environment's configuration and built files, offline, line by line
 * (scripts/deploy/doctor.ts). Exit code 1 when any line fails. Dutch by default, English when LANG starts with "en".
 */
import path from 'node:path';
import { diagnose, formatLines } from './deploy/doctor';

function main(): void {
  const args = process.argv.slice(2);
  const i = args.indexOf('--env');
  const envName = (i >= 0 ? args[i + 1] : undefined) ?? process.env.TEAMSFX_ENV ?? 'dev';
  const lang = /^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'nl';
  const { ok, lines } = diagnose({ root: path.resolve(__dirname, '..'), envName, overrides: process.env, lang });
  console.log(lang === 'en' ? `Veiligheidsplan doctor, environment "${envName}":` : `Veiligheidsplan-controle, omgeving "${envName}":`);
  for (const line of formatLines(lines, lang)) console.log(line);
  const failed = lines.filter((l) => !l.ok).length;
  console.log(ok ? (lang === 'en' ? 'All right.' : 'Alles in orde.') : (lang === 'en' ? `${failed} to fix.` : `${failed} te herstellen.`));
  process.exitCode = ok ? 0 : 1;
}

main();

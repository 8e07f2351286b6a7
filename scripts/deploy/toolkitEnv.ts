/**
 * The Agents Toolkit's environment files and placeholders, read the way the toolkit reads them, for `npm run doctor`
 * and the tests that compare the toolkit's build with ours:
 * - env/.env.<name> holds `KEY=value` lines, `#` starts a comment (https://aka.ms/teamsfx-v5.0-guide, "environment files");
 * - a project file (m365agents.yml, appPackage/manifest.json, aad.manifest.json, infra parameters) names a variable as `${{NAME}}`,
 *   which the toolkit replaces with its value before the action runs.
 */
import { existsSync, readFileSync } from 'node:fs';

export type EnvValues = Readonly<Record<string, string>>;

/** Parses `KEY=value` lines; blank lines and `#` comments are skipped, one pair of surrounding quotes is removed. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    values[match[1]!] = match[2]!.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  }
  return values;
}

/** env/.env.<name> plus env/.env.<name>.user (the secrets file git ignores), as the toolkit merges them; {} when absent. */
export function readEnvironment(envFolder: string, name: string): Record<string, string> {
  const read = (file: string) => (existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {});
  return { ...read(`${envFolder}/.env.${name}`), ...read(`${envFolder}/.env.${name}.user`) };
}

/** `${{NAME}}` placeholders, in the toolkit's form. */
export const TOOLKIT_PLACEHOLDER = /\$\{\{\s*(\w+)\s*\}\}/g;

/** The variables a file names. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOOLKIT_PLACEHOLDER)].map((m) => m[1]!))];
}

/** Replaces every `${{NAME}}` with its value, as the toolkit does; names without a value are returned, and left empty. */
export function renderPlaceholders(text: string, values: EnvValues): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const rendered = text.replace(TOOLKIT_PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') missing.add(name);
    return value ?? '';
  });
  return { text: rendered, missing: [...missing] };
}

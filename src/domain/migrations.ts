import { CURRENT_SCHEMA_VERSION } from './plan';

/**
 * Schema migrations. Version 1 was the prototype's format: `family` instead of `familyName`,
 * no `phase`, and no child-version fields. Each step takes a plain copy and returns the next version.
 */

type Json = Record<string, unknown>;
type MigrationResult = { ok: true; value: unknown } | { ok: false; errors: { path: string; message: string }[] };

const STEPS: Record<number, (doc: Json) => Json> = {
  1: (doc) => {
    const { family, ...rest } = doc;
    return {
      ...rest,
      familyName: typeof family === 'string' ? family : '',
      phase: 'acute',
      childSafetyPersonWords: '',
      childWhenUnsafeWords: '',
      childWherePlanWords: '',
      childAgreementsWords: '',
      schemaVersion: 2,
    };
  },
};

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function migrate(input: unknown): MigrationResult {
  if (!isRecord(input)) {
    return { ok: false, errors: [{ path: '$', message: 'Een veiligheidsplan is een JSON-object; dit bestand bevat iets anders.' }] };
  }
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: '$.schemaVersion', message: 'Het veld schemaVersion ontbreekt of is ongeldig; dit lijkt geen veiligheidsplan.' }] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [{
        path: '$.schemaVersion',
        message: `Dit plan is gemaakt met een nieuwere versie van de app (schemaversie ${version}). Werk de app bij om het te openen; het bestand is niet gewijzigd.`,
      }],
    };
  }
  let doc: Json = { ...input };
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) throw new Error(`missing migration step ${v}`);
    doc = step(doc);
  }
  return { ok: true, value: doc };
}

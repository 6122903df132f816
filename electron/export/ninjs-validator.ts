import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import ninjsSchema from './ninjs-schema/ninjs-schema_2.2.json' with { type: 'json' };

// ajv-formats is CommonJS with a default export; bundlers and Node disagree on where it lands.
const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

let compiled: ValidateFunction | undefined;

/**
 * IPTC's official ninjs 2.2 schema (shipped unmodified beside this file with
 * its licence notice), compiled once: compiling takes 0.1–0.4 s. Set up as the
 * schema folder's README found works: Ajv's 2020-12 class, ajv-formats for
 * uri/date-time, a stub for the external GeoJSON reference, default strictness.
 */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
    compiled = ajv.compile(ninjsSchema);
  }
  return compiled;
}

/**
 * One Ajv error in plain words. With `unevaluatedProperties`, one bad value
 * also makes Ajv call its neighbours "unevaluated", so those come last.
 */
function describe(error: ErrorObject): string {
  const where =
    error.instancePath === '' ? 'the document' : error.instancePath.slice(1).replace(/\//g, '.');
  if (error.keyword === 'unevaluatedProperties') {
    return `${where} has a property ninjs 2.2 does not define (${String(error.params.unevaluatedProperty)})`;
  }
  if (error.keyword === 'required') {
    return `${where} is missing "${String(error.params.missingProperty)}"`;
  }
  return `${where} ${error.message ?? 'is not valid'}`;
}

/** Null when `document` is valid ninjs 2.2; otherwise its first (most telling) error, in words. */
export function ninjsError(document: unknown): string | null {
  const validate = validator();
  if (validate(document)) return null;
  const errors = validate.errors ?? [];
  const first = errors.find((error) => error.keyword !== 'unevaluatedProperties') ?? errors[0];
  return first ? `Not valid ninjs 2.2: ${describe(first)}.` : 'Not valid ninjs 2.2.';
}

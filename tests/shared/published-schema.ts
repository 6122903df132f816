import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';

// ajv-formats is not a dependency; these are the two formats the schema uses,
// checked as RFC 3339 says (the schema's own patterns check them too).
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
function isDateTime(text: string): boolean {
  const [date, time] = text.split(/[Tt]/);
  return (
    date !== undefined &&
    time !== undefined &&
    isDate(date) &&
    /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(time)
  );
}

/** Compiles a story JSON Schema with Ajv (draft 2020-12, strict) and the formats it uses. */
export function compilePublishedSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', isDate);
  ajv.addFormat('date-time', isDateTime);
  return ajv.compile(schema);
}

/** The published schema, docs/story.schema.json, compiled. */
export function publishedStorySchema(): ValidateFunction {
  const file = path.resolve(import.meta.dirname, '../../docs/story.schema.json');
  return compilePublishedSchema(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
}

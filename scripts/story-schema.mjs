// Writes docs/story.schema.json, the published JSON Schema of a story file,
// from the zod schema the app validates with (shared/story/story-schema.ts),
// so the two cannot drift (tests/shared/story-json-schema.test.ts checks it).
//
//   node scripts/story-schema.mjs           write docs/story.schema.json
//   node scripts/story-schema.mjs --check   exit 1 if it is out of date
//   node scripts/story-schema.mjs --stdout  print it instead
//
// The model is TypeScript; esbuild (already a dependency) bundles it in
// memory, so no TypeScript runner is needed.
import { Buffer } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'docs', 'story.schema.json');

// Names and describes the parts a story is made of, so the published schema
// reads as $defs (TextRun, Block, List …) rather than one nested blob.
const entry = `
import { z } from 'zod';
import { STORY_SCHEMA_VERSION } from './shared/story/story';
import { BlockSchema } from './shared/story/block-schema';
import { HrefSchema, InlineSchema, LineSchema, NonEmptyLineSchema, TextRunSchema } from './shared/story/inline-schema';
import { StoryShapeSchema } from './shared/story/story-schema';

const block = (type) => BlockSchema.options.find((option) => option.shape.type.value === type);
const listBlock = block('list');
const listItem = listBlock.shape.items.element;
const list = listItem.shape.sublist.unwrap();

const names = new z.core.$ZodRegistry();
const name = (schema, id, description) => names.add(schema, { id, description });
name(LineSchema, 'Line', 'One line of plain text: no line breaks, tabs or other control characters.');
name(NonEmptyLineSchema, 'NonEmptyLine', 'One line of plain text, not empty.');
name(HrefSchema, 'Href', 'A link target: http:, https: or mailto: only.');
name(TextRunSchema, 'TextRun', 'Text sharing one set of marks and at most one link. A line break is "\\\\n" in the text; a tab is "\\\\t".');
name(InlineSchema, 'Inline', 'Inline text: runs in order (empty when there is no text).');
name(BlockSchema, 'Block', 'A block of the body, told apart by "type".');
name(block('paragraph'), 'ParagraphBlock', 'A body paragraph.');
name(block('subhead'), 'SubheadBlock', 'A crosshead inside the body: level 2, or 3 under it.');
name(block('figure'), 'FigureBlock', 'An image from the story folder with its caption and credit.');
name(block('pullquote'), 'PullQuoteBlock', 'A quote pulled out of the copy, with who said it.');
name(listBlock, 'ListBlock', 'A bulleted ("ordered": false) or numbered list.');
name(list, 'List', 'A list nested under an item.');
name(listItem, 'ListItem', 'One entry of a list, optionally with a list nested under it.');
name(block('rule'), 'RuleBlock', 'A horizontal rule between sections.');
name(block('credit'), 'CreditBlock', 'The closing source line, e.g. "(FRANCE 24 with AP and REUTERS)".');

export const version = STORY_SCHEMA_VERSION;
export const generated = z.toJSONSchema(StoryShapeSchema, { target: 'draft-2020-12', metadata: names });
`;

/** The zod schema, converted: bundled with esbuild and imported from memory. */
async function generatedSchema() {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'story-schema-entry.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = Buffer.from(bundle.outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

const DESCRIPTION = [
  'A Newsdesk story file (story.json): one story, its header, body and metadata.',
  'Described in docs/story-format.md.',
  'This schema checks the shape of a story. A valid story is also in canonical form,',
  'which JSON Schema cannot express: the marks of a run are listed once each in the order',
  'bold, italic, underline, strikethrough, superscript, subscript, code;',
  'a line break ("\\n") carries no marks (it is a run of its own, or part of an unmarked run);',
  'neighbouring runs with the same marks and link are one run;',
  'two lists of the same kind ("ordered") never stand next to each other in the body;',
  'lists nest at most 8 deep.',
  'Newsdesk brings any file of this shape to canonical form when it opens it.',
].join(' ');

/**
 * zod writes a refined reference as `{$ref, minLength}`; strict validators
 * (Ajv's strictTypes) want the type beside a type-specific keyword, so it is added.
 */
function withStringTypes(node) {
  if (Array.isArray(node)) return node.map(withStringTypes);
  if (typeof node !== 'object' || node === null) return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withStringTypes(v)]));
  const stringKeyword = ['minLength', 'maxLength', 'pattern', 'format'].some((k) => k in out);
  return stringKeyword && !('type' in out) ? { type: 'string', ...out } : out;
}

/** The published schema: the generated one with its identity and description first. */
export async function storyJsonSchema() {
  const { version, generated } = await generatedSchema();
  const { $schema, ...rest } = withStringTypes(generated);
  return {
    $schema,
    $id: `urn:newsdesk:story:${version}`,
    title: `Newsdesk story, format ${version}`,
    description: DESCRIPTION,
    $comment:
      'Generated by scripts/story-schema.mjs from shared/story/story-schema.ts; do not edit by hand.',
    ...rest,
    // Exports name the schema they follow (shared/export/story-json-export.ts);
    // a reader drops it (readStoryJson), so it is allowed and never required.
    properties: {
      $schema: {
        type: 'string',
        description: `The schema this file follows, by its $id ("urn:newsdesk:story:${version}"). Exports write it; optional.`,
      },
      ...rest.properties,
    },
  };
}

/** The file's text, formatted as Prettier formats the repository. */
export async function storyJsonSchemaText() {
  const options = (await prettier.resolveConfig(outFile)) ?? {};
  return prettier.format(JSON.stringify(await storyJsonSchema()), {
    ...options,
    filepath: outFile,
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = await storyJsonSchemaText();
  if (process.argv.includes('--stdout')) {
    process.stdout.write(text);
  } else if (process.argv.includes('--check')) {
    const current = await readFile(outFile, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('docs/story.schema.json is out of date: run node scripts/story-schema.mjs');
      process.exit(1);
    }
  } else {
    await writeFile(outFile, text);
    console.log(`wrote ${path.relative(root, outFile)}`);
  }
}

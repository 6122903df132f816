import { SLUG } from './story-schema';

/** The longest slug part of a folder name: readable in a file manager, far from path limits. */
const MAX_SLUG_PART = 60;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
// "<slug>--<id>" or (before a slug is set, and for older libraries) just "<id>".
const FOLDER_NAME = new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*--)?(${UUID})$`);

/**
 * A story's folder name: its slug for people browsing the library, then its
 * id, which is what the app goes by ("turkish-tanks--3c8f…"). Built only from
 * a schema-checked slug and id, so it can never hold a separator or "..".
 */
export function storyFolderName(id: string, slug: string): string {
  if (slug === '' || !SLUG.test(slug)) return id;
  let part = slug.slice(0, MAX_SLUG_PART);
  // Cut at a word, never leaving a trailing hyphen.
  if (part.length < slug.length && part.includes('-')) part = part.slice(0, part.lastIndexOf('-'));
  part = part.replace(/-+$/, '');
  return part === '' ? id : `${part}--${id}`;
}

/** The story id a folder name carries, or null when the folder is not a story's. */
export function storyIdOfFolder(name: string): string | null {
  return FOLDER_NAME.exec(name)?.[1] ?? null;
}

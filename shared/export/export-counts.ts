import type { Story } from '../story/story';
import { countGraphemes } from '../story/story-stats';
import { bodyText, countWords } from '../story/story-text';

/**
 * Node 20's V8 (11.3) segments a long string in quadratic time
 * (crbug.com/326176949, fixed in V8 12.3): one 1 MB paragraph made a ninjs
 * export never finish, and a 10,000-word story took over a second. Counting
 * in pieces of about this many characters keeps it linear.
 */
const PIECE_CHARS = 1_000;

// A cut goes before an ASCII letter or digit that follows a space or a line
// break: a word and a grapheme boundary under any rules, and a place where the
// word counter starts afresh (after a space nothing joins), so counts add up.
const CUT = /[ \n][A-Za-z0-9]/g;

/** `text` in pieces of at least PIECE_CHARS (but the last), cut only where counts add up. */
export function countingPieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > PIECE_CHARS) {
    CUT.lastIndex = start + PIECE_CHARS;
    const cut = CUT.exec(text);
    if (!cut) break;
    pieces.push(text.slice(start, cut.index + 1));
    start = cut.index + 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}

// Below U+0300 no character joins its neighbour into one grapheme (no marks,
// no joiners; CR LF cannot occur: the model has no CR), so each is one.
// eslint-disable-next-line no-control-regex -- the whole range, controls included
const ONE_PER_GRAPHEME = /^[\u0000-\u02ff]*$/;

function graphemes(piece: string): number {
  return ONE_PER_GRAPHEME.test(piece) ? piece.length : countGraphemes(piece);
}

/**
 * The body's words and characters exactly as storyStats counts them (body
 * copy, captions excluded; characters without line breaks), in linear time.
 */
export function bodyCounts(story: Story): { words: number; characters: number } {
  const text = bodyText(story);
  let words = 0;
  for (const piece of countingPieces(text)) words += countWords(piece);
  let characters = 0;
  for (const piece of countingPieces(text.replace(/\n/g, ''))) characters += graphemes(piece);
  return { words, characters };
}

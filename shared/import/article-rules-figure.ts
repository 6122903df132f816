/**
 * Photos in imported copy. Pages copied as text keep only the photo's
 * caption line with its credit ("AFP photo | The Islamic State group …");
 * that line becomes a figure without a file (a placeholder the editor asks
 * to fill), so caption and credit are not lost in the body text. Figures a
 * reader found in HTML keep caption, credit and alt, and ask main to fetch
 * their image.
 */
import type { DraftFigure, ImportFigure } from './import-draft';
import { matchCaptionCredit, type CaptionCredit } from './caption-credit';
import { decide, isOpen, isOpenText, type ArticleWork } from './article-work';
import type { Inline } from '../story/story';

/** Captions are a sentence or two; a long paragraph ending in "(Reuters)" is story. */
const MAX_CAPTION = 500;

/**
 * `caption-line`: the line is a caption with a credit told apart. A bare
 * agency name ("… (Reuters)") is too weak on its own: prose ends that way.
 */
export function captionLine(text: string): CaptionCredit | null {
  if (text.length > MAX_CAPTION + 120) return null;
  const match = matchCaptionCredit(text);
  if (!match || !match.strong || match.caption.length > MAX_CAPTION) return null;
  return match;
}

function captionInline(text: string): Inline {
  return text ? [{ text }] : [];
}

/** `figure-html`: a figure from the source, with its credit split out of the caption when needed. */
function draftFigure(work: ArticleWork, index: number, draft: DraftFigure): ImportFigure {
  let caption = draft.caption;
  let credit = draft.credit.trim();
  const text = work.texts[index]!;
  const split = credit === '' ? matchCaptionCredit(text) : null;
  if (split) {
    caption = captionInline(split.caption);
    credit = split.credit;
    decide(work, index, 'figure', 'figure-html-caption-credit', text);
  } else {
    decide(work, index, 'figure', 'figure-html', text);
  }
  return {
    type: 'figure',
    image: { alt: draft.alt },
    caption,
    credit,
    ...(draft.url ? { fetch: { url: draft.url } } : {}),
  };
}

function placeholder(caption: string, credit: string): ImportFigure {
  return { type: 'figure', image: { alt: '' }, caption: captionInline(caption), credit };
}

/** Index of the figure just before `index` (skipping dropped blocks) still without a credit. */
function figureWithoutCredit(work: ArticleWork, index: number): number {
  for (let before = index - 1; before >= 0; before -= 1) {
    if (work.roles[before] === 'dropped') continue;
    const figure = work.replaced.get(before);
    return figure?.type === 'figure' && figure.credit === '' ? before : -1;
  }
  return -1;
}

/** Turns figures and caption lines into figures, recording each. */
export function takeFigures(work: ArticleWork): void {
  for (let index = 0; index < work.blocks.length; index += 1) {
    const block = work.blocks[index]!;
    if (block.type === 'figure' && isOpen(work, index)) {
      work.replaced.set(index, draftFigure(work, index, block));
      continue;
    }
    if (!isOpenText(work, index) || block.type !== 'paragraph') continue;
    const text = work.texts[index]!;
    const match = captionLine(text);
    if (!match) continue;
    if (match.caption === '') {
      // `credit-line`: a credit alone under a figure without one is that figure's.
      const figure = figureWithoutCredit(work, index);
      if (figure >= 0) {
        const before = work.replaced.get(figure) as ImportFigure;
        work.replaced.set(figure, { ...before, credit: match.credit });
        decide(work, index, 'figure', 'credit-line', text);
        work.replaced.set(index, null);
        continue;
      }
    }
    decide(work, index, 'figure', `caption-line:${match.pattern}`, text);
    work.replaced.set(index, placeholder(match.caption, match.credit));
  }
}

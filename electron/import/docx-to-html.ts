import type Mammoth from 'mammoth';
import { fail, ok, type IpcResult } from '../../shared/ipc/ipc-result';
import { quoted } from './import-file-type';

/** A Word document as HTML, with what mammoth had to say about it. */
export interface DocxHtml {
  readonly html: string;
  readonly warnings: string[];
}

/** Mammoth's name for the style of a paragraph that holds only a picture (see markFigures). */
const FIGURE_STYLE = 'Newsdesk Figure';

/**
 * Word's styles as a newsroom uses them. Title is the headline, Subtitle the
 * standfirst; Heading n keeps its level (mammoth's defaults) so detection
 * decides what is a crosshead. A picture paragraph opens a <figure> and the
 * Caption paragraph under it — not fresh — joins that figure as its caption.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.standfirst:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  `p[style-name='${FIGURE_STYLE}'] => figure:fresh`,
  "p[style-name='Caption'] => figure > figcaption:fresh",
];

interface MammothNode {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly MammothNode[];
}

/** True for a paragraph of pictures only (whitespace and empty runs aside). */
function holdsOnlyPictures(paragraph: MammothNode): boolean {
  let pictures = 0;
  const visit = (node: MammothNode): boolean => {
    if (node.type === 'image') {
      pictures += 1;
      return true;
    }
    if (node.type === 'text') return (node.value ?? '').trim() === '';
    if (node.type === 'run') return (node.children ?? []).every(visit);
    return node.type === 'bookmarkStart';
  };
  return (paragraph.children ?? []).every(visit) && pictures > 0;
}

/** Gives picture-only paragraphs the figure style, so the style map can wrap them. */
function markFigures(mammoth: typeof Mammoth) {
  // `transforms` is in mammoth's API (README "Document transforms") but not in its typings.
  const transforms = (mammoth as unknown as { transforms: { paragraph: (f: unknown) => unknown } })
    .transforms;
  return transforms.paragraph((paragraph: MammothNode) =>
    holdsOnlyPictures(paragraph)
      ? { ...paragraph, styleName: FIGURE_STYLE, styleId: 'NewsdeskFigure' }
      : paragraph,
  ) as (element: unknown) => unknown;
}

/**
 * Converts a .docx to HTML with mammoth (loaded on first use: it is only
 * needed for Word files). Pictures stay inside as data: URIs, linked files
 * outside the document are never read, and mammoth's messages come back as
 * warnings. A file mammoth cannot open answers `damaged`.
 */
export async function docxToHtml(
  bytes: Uint8Array,
  fileName: string,
): Promise<IpcResult<DocxHtml>> {
  const { default: mammoth } = await import('mammoth');
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        transformDocument: markFigures(mammoth),
      },
    );
  } catch {
    return fail('damaged', `${quoted(fileName)} is not a Word document, or it is damaged.`);
  }
  const warnings = [...new Set(result.messages.map((message) => message.message))].map(
    (message) => `Word: ${message}`,
  );
  return ok({ html: result.value, warnings });
}

import {
  $create,
  $getState,
  $setState,
  createState,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  $getEditor,
  $getNodeByKey,
} from 'lexical';
import { createFigureImageDOM, updateFigureImageDOM } from './figure-image-dom';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const pixels = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;

const srcState = createState('src', { parse: text });
const altState = createState('alt', { parse: text });
const widthState = createState('width', { parse: pixels });
const heightState = createState('height', { parse: pixels });

export interface FigureImageData {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The image of a figure: a reference to a file in the story's assets, and its
 * alt text. `src` is '' while the photo has no file yet (imported copy).
 */
export class FigureImageNode extends DecoratorNode<null> {
  override $config() {
    return this.config('figure-image', {
      extends: DecoratorNode,
      stateConfigs: [
        { flat: true, stateConfig: srcState },
        { flat: true, stateConfig: altState },
        { flat: true, stateConfig: widthState },
        { flat: true, stateConfig: heightState },
      ],
      importDOM: {
        img: (element: HTMLElement) =>
          element.dataset.ndSrc
            ? {
                conversion: () => ({
                  node: $createFigureImageNode({
                    src: element.dataset.ndSrc ?? '',
                    alt: element.getAttribute('alt') ?? '',
                    width: Number(element.getAttribute('width')),
                    height: Number(element.getAttribute('height')),
                  }),
                }),
                priority: 2,
              }
            : null,
      } satisfies DOMConversionMap,
    });
  }

  getData(): FigureImageData {
    return {
      src: $getState(this, srcState),
      alt: $getState(this, altState),
      width: $getState(this, widthState),
      height: $getState(this, heightState),
    };
  }

  setData(data: FigureImageData): this {
    $setState(this, srcState, data.src);
    $setState(this, altState, data.alt);
    $setState(this, widthState, pixels(data.width));
    return $setState(this, heightState, pixels(data.height));
  }

  setAlt(alt: string): this {
    return $setState(this, altState, alt);
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const key = this.getKey();
    return createFigureImageDOM(editor, key, this.getData(), (alt) =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        if ($isFigureImageNode(node)) node.setAlt(alt);
      }),
    );
  }

  override updateDOM(_previous: FigureImageNode, dom: HTMLElement): false {
    updateFigureImageDOM(dom, $getEditor(), this.getData());
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const { src, alt, width, height } = this.getData();
    const img = document.createElement('img');
    img.dataset.ndSrc = src;
    img.alt = alt;
    img.width = width;
    img.height = height;
    return { element: img };
  }

  override isInline(): false {
    return false;
  }

  // The image adds no words; its alt text is not body copy.
  override getTextContent(): string {
    return '';
  }

  // The view is plain DOM (figure-image-dom.ts), not a React decorator.
  override decorate(): null {
    return null;
  }
}

/** Creates the image part of a figure. */
export function $createFigureImageNode(data: FigureImageData): FigureImageNode {
  return $create(FigureImageNode).setData(data);
}

/** True when `node` is a figure's image. */
export function $isFigureImageNode(node: LexicalNode | null | undefined): node is FigureImageNode {
  return node instanceof FigureImageNode;
}

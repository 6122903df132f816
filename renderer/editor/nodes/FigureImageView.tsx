import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { storyAssetUrl } from '../../../shared/ipc/stored-image';
import { useStoryContext } from '../story-context';
import { $isFigureImageNode, type FigureImageData } from './FigureImageNode';

interface FigureImageViewProps extends FigureImageData {
  readonly nodeKey: NodeKey;
}

/**
 * The image of a figure as the reporter sees it: the picture (or a clear
 * placeholder when its file is missing or unreadable) and its alt text,
 * editable in place.
 */
export default function FigureImageView({
  nodeKey,
  src,
  alt,
  width,
  height,
}: FigureImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const { storyId } = useStoryContext();
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  // One retry a moment later: a pasted figure's image may still be on its way.
  const [retried, setRetried] = useState<string | null>(null);
  const missing = failedSrc === src;
  // The field keeps its own text while typed in, so the caret never jumps;
  // an undo that changes the alt text shows up once the field is left.
  const [draft, setDraft] = useState(alt);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) setDraft(alt);
  }, [alt]);

  const setAlt = (value: string) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      // eslint-disable-next-line no-control-regex -- control characters are what is refused here
      if ($isFigureImageNode(node)) node.setAlt(value.replace(/[\u0000-\u001f\u007f]/g, ' '));
    });

  return (
    <div className="nd-figure-frame" data-testid="figure-image">
      {missing ? (
        <div className="nd-figure-missing" role="img" aria-label="Image missing">
          <strong>Image missing</strong>
          <span>
            {src} could not be read. The caption and credit are kept; insert the photo again to
            replace it.
          </span>
        </div>
      ) : (
        <img
          src={storyAssetUrl(storyId, src) + (retried === src ? '?retry' : '')}
          alt={alt}
          width={width}
          height={height}
          draggable={false}
          onError={() => {
            if (retried === src) setFailedSrc(src);
            else window.setTimeout(() => setRetried(src), 800);
          }}
        />
      )}
      <label className="nd-figure-alt">
        <span>Alt text</span>
        <input
          type="text"
          ref={input}
          value={draft}
          placeholder="Describe the photo for readers who cannot see it"
          onChange={(event) => {
            setDraft(event.target.value);
            setAlt(event.target.value);
          }}
        />
      </label>
    </div>
  );
}

import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createRangeSelectionFromDom,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { $isDatelineNode } from './nodes/DatelineNode';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { CheckPlace } from '../../shared/export/export-checks';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { StoredImage } from '../../shared/ipc/stored-image';
import type { EditorAction } from '../shortcuts';
import {
  INSERT_CREDIT_BLOCK_COMMAND,
  INSERT_PULLQUOTE_COMMAND,
  INSERT_RULE_COMMAND,
  SET_BLOCK_TYPE_COMMAND,
} from './commands/insert-commands';
import { FindBar } from './find/FindBar';
import { registerFigurePaste, type CopyImage } from './paste/figure-paste';
import { registerFigureFileChooser } from './figure-file-chooser';
import { registerPastedCopy, type ImageFromUrl } from './paste/pasted-copy';
import { insertStoredImage, registerImageInput, type StoreImage } from './paste/image-input';
import { useStoryContext } from './story-context';
import { LinkDialog } from './LinkDialog';
import { revealPlace } from './reveal-place';
import { Toolbar } from './Toolbar';

/** Where the editor's images come from: main stores them and answers what it stored. */
export interface ImageSource {
  /** The open-file dialog; null when cancelled. */
  readonly choose: () => Promise<StoredImage | null | { error: string }>;
  /** Dropped or pasted bytes. */
  readonly store: StoreImage;
  /** Copies an image from another story (a figure pasted across stories). */
  readonly copy: CopyImage;
  /** Stores an image pasted copy named by a data: or http(s) address. */
  readonly fromUrl: ImageFromUrl;
  /** Tells the reporter why an image could not be added. */
  readonly onError: (message: string) => void;
}

/** What the window can ask of the page (menu commands, shortcuts). */
export interface StoryEditorHandle {
  run(command: MenuCommand | EditorAction): void;
  /** Sets the dateline's date (YYYY-MM-DD, or '' for none) — an undoable edit. */
  setDatelineDate(date: string): void;
  /** Puts the caret at what a pre-export check points to; false for places outside the text. */
  reveal(place: CheckPlace): boolean;
}

const FORMAT_ACTIONS = ['strikethrough', 'superscript', 'subscript', 'code'] as const;
const BLOCK_ACTIONS = ['paragraph', 'subhead-2', 'subhead-3', 'bullet', 'number'] as const;

function currentLinkUrl(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return '';
    const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
    return $isLinkNode(link) ? link.getURL() : '';
  });
}

/** Toolbar, find bar and link box, and the routing of commands to the editor. */
export function EditorChrome({
  handle,
  images,
}: {
  readonly handle?: Ref<StoryEditorHandle>;
  readonly images?: ImageSource;
}) {
  const [editor] = useLexicalComposerContext();
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const [link, setLink] = useState<string | null>(null);
  // A large paste goes in pieces: how far it is (0–1), null when none is under way.
  const [pasting, setPasting] = useState<number | null>(null);
  // The words the link box acts on: the editor's selection goes when the box takes focus.
  const linkSelection = useRef<BaseSelection | null>(null);
  const imagesRef = useRef(images);
  useEffect(() => {
    imagesRef.current = images;
  });

  const { storyId } = useStoryContext();
  const hasImages = images !== undefined;
  useEffect(() => {
    if (!hasImages) return;
    const onError = (message: string) => imagesRef.current?.onError(message);
    return mergeRegister(
      registerImageInput(editor, (file) => imagesRef.current!.store(file), onError),
      registerFigurePaste(
        editor,
        storyId,
        (from, src) => imagesRef.current!.copy(from, src),
        onError,
      ),
      registerFigureFileChooser(editor, () => imagesRef.current!.choose(), onError),
    );
  }, [editor, hasImages, storyId]);

  // Pasted copy is cleaned up with or without an image source (without one, photos stay placeholders).
  useEffect(
    () =>
      registerPastedCopy(
        editor,
        (url) =>
          imagesRef.current?.fromUrl(url) ??
          Promise.resolve({ error: 'images cannot be added here' }),
        (message) => imagesRef.current?.onError(message),
        setPasting,
      ),
    [editor],
  );

  const run = (command: MenuCommand | EditorAction) => {
    if ((FORMAT_ACTIONS as readonly string[]).includes(command)) {
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, command as (typeof FORMAT_ACTIONS)[number]);
    } else if ((BLOCK_ACTIONS as readonly string[]).includes(command)) {
      editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, command as (typeof BLOCK_ACTIONS)[number]);
    } else if (command === 'insert-pullquote') {
      editor.dispatchCommand(INSERT_PULLQUOTE_COMMAND, undefined);
    } else if (command === 'insert-credit') {
      editor.dispatchCommand(INSERT_CREDIT_BLOCK_COMMAND, undefined);
    } else if (command === 'insert-rule') {
      editor.dispatchCommand(INSERT_RULE_COMMAND, undefined);
    } else if (command === 'insert-link') {
      // The page's own selection is the truth here: a key pressed right after
      // Shift+arrows can arrive before the editor has caught up with it.
      editor.update(
        () => {
          const dom = window.getSelection();
          const fromDom = dom ? $createRangeSelectionFromDom(dom, editor) : null;
          if (fromDom) $setSelection(fromDom);
          linkSelection.current = $getSelection()?.clone() ?? null;
        },
        { discrete: true },
      );
      setLink(currentLinkUrl(editor));
    } else if (command === 'find' || command === 'replace') {
      setFind(command);
    } else if (command === 'insert-figure' && imagesRef.current) {
      const source = imagesRef.current;
      void source.choose().then((chosen) => {
        if (chosen === null) return;
        if ('error' in chosen) source.onError(chosen.error);
        else editor.focus(() => insertStoredImage(editor, chosen));
      });
    }
  };
  const setDatelineDate = (date: string) =>
    editor.update(() => {
      const dateline = $getRoot().getChildren().find($isDatelineNode);
      dateline?.setDate(/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '');
    });
  const reveal = (place: CheckPlace) => revealPlace(editor, place);
  useImperativeHandle(handle, () => ({ run, setDatelineDate, reveal }));

  const applyLink = (url: string | null) => {
    setLink(null);
    editor.update(() => {
      const selection = linkSelection.current;
      if (selection) $setSelection(selection.clone());
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    });
    editor.focus();
  };

  return (
    <>
      <Toolbar run={run} />
      {pasting !== null && (
        <div className="nd-paste-progress" role="status">
          Cleaning up pasted copy… {Math.round(pasting * 100)}%
        </div>
      )}
      {find && (
        <FindBar withReplace={find === 'replace'} onClose={() => (setFind(null), editor.focus())} />
      )}
      {link !== null && (
        <LinkDialog
          initialUrl={link}
          onDone={applyLink}
          onCancel={() => (setLink(null), editor.focus())}
        />
      )}
    </>
  );
}

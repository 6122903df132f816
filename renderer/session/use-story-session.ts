import type { EditorState } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { editorStateToStory, storyFrame } from '../../shared/convert/editor-to-story';
import type { EditorStateJson } from '../../shared/convert/editor-json';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { Story, StoryMeta } from '../../shared/story/story';
import { storyStats, type StoryStats } from '../../shared/story/story-stats';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, JOURNAL_INTERVAL_MS } from './autosave-timing';
import { rescueOffer, type RescueOffer } from './damaged-story';
import { startTypingCapture, type TypingCapture } from './typing-capture';
import type { SaveState } from './save-state';

export { AUTOSAVE_DELAY_MS } from './autosave-timing';

/**
 * The open story: loading, the latest editor state, saving (explicit and
 * debounced autosave, one at a time) and live counts.
 */
export function useStorySession(api: NewsdeskApi, onSaved: () => void) {
  const [story, setStory] = useState<Story | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: '' });
  const [stats, setStats] = useState<StoryStats | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // What the notice offers to do about itself (a damaged story's last good version).
  const [rescue, setRescue] = useState<RescueOffer | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // The story as last saved: the inspector's checks read it (converting per keystroke would cost typing).
  const [checkedStory, setCheckedStory] = useState<Story | null>(null);

  const frame = useRef<Story | null>(null);
  const editorState = useRef<EditorState | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const autosaveTimer = useRef<number | undefined>(undefined);
  const journalTimer = useRef<number | undefined>(undefined);
  // When the words on the page first differed from the disk (0 = they do not).
  const dirtySince = useRef(0);

  /** The story as it stands in the editor now. */
  const currentStory = useCallback((): Story | null => {
    if (!frame.current) return null;
    if (!editorState.current) return frame.current;
    const json = editorState.current.toJSON() as unknown as EditorStateJson;
    return editorStateToStory(json, storyFrame(frame.current));
  }, []);

  const saveNow = useCallback(
    async (options: { explicit?: boolean; overwrite?: boolean } = {}): Promise<boolean> => {
      while (inFlight.current) await inFlight.current;
      const toSave = currentStory();
      if (!toSave) return true;
      window.clearTimeout(autosaveTimer.current);
      const wasDirtySince = dirtySince.current;
      dirty.current = false;
      dirtySince.current = 0;
      setSaveState({ kind: 'saving' });
      const attempt = api
        .saveStory({ story: toSave, revision: options.explicit, overwrite: options.overwrite })
        .then((result) => {
          if (!result.ok) {
            dirty.current = true;
            dirtySince.current = wasDirtySince || Date.now();
            const kind = result.error.code === 'conflict' ? 'conflict' : 'error';
            setSaveState({ kind, message: result.error.message });
            return false;
          }
          frame.current = { ...toSave, updatedAt: result.value.updatedAt };
          setCheckedStory(frame.current);
          setSavedAt(result.value.updatedAt);
          setSaveState(
            dirty.current ? { kind: 'dirty' } : { kind: 'saved', at: result.value.updatedAt },
          );
          onSaved();
          return true;
        });
      inFlight.current = attempt;
      try {
        return await attempt;
      } finally {
        inFlight.current = null;
      }
    },
    [api, currentStory, onSaved],
  );

  /** Saves only if there is something unsaved; true when nothing is left unsaved. */
  const flush = useCallback(
    async () => (dirty.current || inFlight.current ? saveNow() : true),
    [saveNow],
  );

  /** The crash journal: the words as they stand, for the next start if this one dies. */
  const journal = useCallback(() => {
    journalTimer.current = undefined;
    const story = dirty.current ? currentStory() : null;
    if (story) void api.writeRecovery({ story });
  }, [api, currentStory]);

  const markDirty = useCallback(() => {
    dirty.current = true;
    dirtySince.current ||= Date.now();
    // Same object when already dirty, so a keystroke does not re-render the window.
    // A failed or refused save keeps its message until the next attempt.
    setSaveState((state) =>
      state.kind === 'dirty' || state.kind === 'error' || state.kind === 'conflict'
        ? state
        : { kind: 'dirty' },
    );
    journalTimer.current ??= window.setTimeout(journal, JOURNAL_INTERVAL_MS);
    window.clearTimeout(autosaveTimer.current);
    // Debounced, but typing without a pause still saves every AUTOSAVE_MAX_WAIT_MS.
    const waited = Date.now() - dirtySince.current;
    const delay = Math.min(AUTOSAVE_DELAY_MS, Math.max(0, AUTOSAVE_MAX_WAIT_MS - waited));
    autosaveTimer.current = window.setTimeout(() => void saveNow(), delay);
  }, [journal, saveNow]);

  const onEditorChange = useCallback(
    (state: EditorState) => {
      editorState.current = state;
      markDirty();
    },
    [markDirty],
  );

  /** The inspector's metadata form: a change is saved like an edit to the text. */
  const updateMeta = useCallback(
    (patch: Partial<StoryMeta>) => {
      if (!frame.current) return;
      frame.current = { ...frame.current, ...patch };
      setStory((story) => (story ? { ...story, ...patch } : story));
      markDirty();
    },
    [markDirty],
  );

  // Bumped whenever a story is (re)shown: the editor remounts even for the same story id.
  const [shown, setShown] = useState(0);

  const show = useCallback((next: Story | null) => {
    setShown((count) => count + 1);
    window.clearTimeout(autosaveTimer.current);
    window.clearTimeout(journalTimer.current);
    journalTimer.current = undefined;
    frame.current = next;
    editorState.current = null;
    dirty.current = false;
    dirtySince.current = 0;
    setStory(next);
    setCheckedStory(next);
    setSavedAt(next?.updatedAt ?? null);
    setStats(next ? storyStats(next) : null);
    setSaveState({ kind: 'saved', at: next?.updatedAt ?? '' });
  }, []);

  /** Leaves the open story only once its words are safely on disk. */
  const switchTo = useCallback(
    async (load: () => Promise<Story | null>) => {
      if (!(await flush())) return;
      setNotice(null);
      setRescue(null);
      const next = await load();
      if (next) show(next);
    },
    [flush, show],
  );

  const open = useCallback(
    (id: string) =>
      switchTo(async () => {
        const result = await api.loadStory({ id });
        if (result.ok) return result.value;
        setNotice(result.error.message);
        setRescue(null);
        // A damaged file was moved aside: offer the newest revision that reads.
        if (result.error.code === 'damaged') {
          void rescueOffer(api, id).then((offer) => setRescue(offer));
        }
        return null;
      }),
    [api, switchTo],
  );

  // Keys typed while a new story is being made, for its headline (typing-capture.ts).
  const typing = useRef<TypingCapture | null>(null);
  const takeTypedAhead = useCallback(() => {
    const typed = typing.current?.take() ?? '';
    typing.current = null;
    return typed;
  }, []);

  const create = useCallback(() => {
    typing.current?.take();
    typing.current = startTypingCapture();
    let made = false;
    return switchTo(async () => {
      const result = await api.createStory({});
      if (result.ok) {
        made = true;
        onSaved();
        return result.value;
      }
      setNotice(result.error.message);
      return null;
    }).finally(() => {
      // No new story (the old one could not be saved, or creating failed): let the keys go.
      if (!made) takeTypedAhead();
    });
  }, [api, onSaved, switchTo, takeTypedAhead]);

  const close = useCallback(async () => {
    if (await flush()) show(null);
  }, [flush, show]);

  /** The version on disk replaces the window's (main kept the window's as a revision). */
  const reloadFromDisk = useCallback(async () => {
    const id = frame.current?.id;
    if (!id) return;
    const result = await api.loadStory({ id });
    if (result.ok) show(result.value);
    else setNotice(result.error.message);
  }, [api, show]);

  // Back in the window: has another program or window changed the open story's file?
  useEffect(() => {
    const check = () => {
      const id = frame.current?.id;
      if (!id) return;
      void api.checkStoryOnDisk({ storyId: id }).then((result) => {
        if (result.ok && result.value.changed && frame.current?.id === id) {
          setSaveState({
            kind: 'conflict',
            message: 'This story was changed on disk by another program or window.',
          });
        }
      });
    };
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [api]);

  // A window closing with unsaved words: hold it, save, then close it for real.
  // (In Electron the page unloads only when its window closes or the app quits.)
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      void saveNow().then((saved) => saved && window.close());
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [saveNow]);

  return {
    story,
    /** A key for the editor: changes when a story is shown afresh (opened, reloaded, restored). */
    editorKey: `${story?.id ?? 'none'}:${shown}`,
    savedAt,
    saveState,
    stats,
    /** The editor reports its live counts here. */
    setStats,
    notice,
    setNotice,
    rescue,
    /** Runs the notice's offer: the restored story opens. */
    takeRescue: useCallback(async () => {
      const story = await rescue?.run();
      setRescue(null);
      if (story) {
        setNotice(null);
        show(story);
      }
    }, [rescue, show]),
    onEditorChange,
    updateMeta,
    /** The headline as typed so far (the story state holds it as loaded). */
    currentHeadline: () => currentStory()?.headline ?? '',
    /** The story as it stands in the editor now (converted on demand). */
    currentStory,
    checkedStory,
    /** Ctrl/Cmd+S: saves now and keeps a revision. */
    save: useCallback(() => saveNow({ explicit: true }), [saveNow]),
    /** Saves what is unsaved (before an export); true when nothing is left unsaved. */
    flush,
    /** "Keep mine": replaces the version changed on disk. */
    overwrite: useCallback(() => saveNow({ overwrite: true }), [saveNow]),
    reloadFromDisk,
    /** For the new story's editor: what was typed while it was being made. */
    takeTypedAhead,
    /** Shows a story that main has just written (a restored revision, a recovered story). */
    show,
    open,
    create,
    close,
  };
}

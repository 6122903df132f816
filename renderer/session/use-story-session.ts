import type { EditorState } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { editorStateToStory, storyFrame } from '../../shared/convert/editor-to-story';
import type { EditorStateJson } from '../../shared/convert/editor-json';
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { Story, StoryMeta } from '../../shared/story/story';
import { storyStats, type StoryStats } from '../../shared/story/story-stats';
import type { SaveState } from './save-state';

/** Autosave waits for a pause in typing this long; conversion never runs per keystroke. */
export const AUTOSAVE_DELAY_MS = 1000;

/**
 * The open story: loading, the latest editor state, saving (explicit and
 * debounced autosave, one at a time) and live counts.
 */
export function useStorySession(api: NewsdeskApi, onSaved: () => void) {
  const [story, setStory] = useState<Story | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: '' });
  const [stats, setStats] = useState<StoryStats | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // The story as last saved: the inspector's checks read it (converting per keystroke would cost typing).
  const [checkedStory, setCheckedStory] = useState<Story | null>(null);

  const frame = useRef<Story | null>(null);
  const editorState = useRef<EditorState | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const autosaveTimer = useRef<number | undefined>(undefined);

  /** The story as it stands in the editor now. */
  const currentStory = useCallback((): Story | null => {
    if (!frame.current) return null;
    if (!editorState.current) return frame.current;
    const json = editorState.current.toJSON() as unknown as EditorStateJson;
    return editorStateToStory(json, storyFrame(frame.current));
  }, []);

  const saveNow = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const toSave = currentStory();
    if (!toSave) return true;
    window.clearTimeout(autosaveTimer.current);
    dirty.current = false;
    setSaveState({ kind: 'saving' });
    const attempt = api.saveStory({ story: toSave }).then((result) => {
      if (!result.ok) {
        dirty.current = true;
        setSaveState({ kind: 'error', message: result.error.message });
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
  }, [api, currentStory, onSaved]);

  /** Saves only if there is something unsaved; true when nothing is left unsaved. */
  const flush = useCallback(
    async () => (dirty.current || inFlight.current ? saveNow() : true),
    [saveNow],
  );

  const markDirty = useCallback(() => {
    dirty.current = true;
    // Same object when already dirty, so a keystroke does not re-render the window.
    setSaveState((state) => (state.kind === 'dirty' ? state : { kind: 'dirty' }));
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

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

  const show = useCallback((next: Story | null) => {
    window.clearTimeout(autosaveTimer.current);
    frame.current = next;
    editorState.current = null;
    dirty.current = false;
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
        return null;
      }),
    [api, switchTo],
  );

  const create = useCallback(
    () =>
      switchTo(async () => {
        const result = await api.createStory({});
        if (result.ok) {
          onSaved();
          return result.value;
        }
        setNotice(result.error.message);
        return null;
      }),
    [api, onSaved, switchTo],
  );

  const close = useCallback(async () => {
    if (await flush()) show(null);
  }, [flush, show]);

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
    savedAt,
    saveState,
    stats,
    /** The editor reports its live counts here. */
    setStats,
    notice,
    setNotice,
    onEditorChange,
    updateMeta,
    /** The headline as typed so far (the story state holds it as loaded). */
    currentHeadline: () => currentStory()?.headline ?? '',
    /** The story as it stands in the editor now (converted on demand). */
    currentStory,
    checkedStory,
    save: saveNow,
    open,
    create,
    close,
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../shared/ipc/channels';
import type { NewsdeskApi } from '../shared/ipc/newsdesk-api';
import { exportChecks, type CheckPlace } from '../shared/export/export-checks';
import type { Story, StorySummary } from '../shared/story/story';
import { getNewsdesk } from './api';
import { StoryEditor, type StoryEditorHandle } from './editor/StoryEditor';
import { useImageSource } from './editor/use-image-source';
import { copyStoryAsHtml } from './export/copy-html';
import { ExportDialog } from './export/ExportDialog';
import { loadExportPreferences } from './export/export-preferences';
import { ShortcutsPanel } from './help/ShortcutsPanel';
import { ImportReview } from './import/ImportReview';
import { registerImportDrop } from './import/import-drop';
import { useImport } from './import/use-import';
import { SettingsDialog } from './settings/SettingsDialog';
import { savedHeadlineLimit } from './inspector/headline-limit';
import { Inspector } from './inspector/Inspector';
import { StoryList } from './library/StoryList';
import { SaveStatus } from './session/SaveStatus';
import { useStorySession } from './session/use-story-session';
import { shortcutLabel } from './shortcut-label';
import type { EditorAction } from './shortcuts';
import { useShortcuts } from './use-shortcuts';

/** The window: library on the left, the page in the middle, the inspector on the right. */
export function App() {
  const api = getNewsdesk();
  if (!api) {
    return (
      <main className="nd-fatal">
        <h1>Newsdesk cannot reach its library</h1>
        <p>This page must be opened by the Newsdesk app.</p>
      </main>
    );
  }
  return <Workspace api={api} />;
}

function Workspace({ api }: { readonly api: NewsdeskApi }) {
  const [stories, setStories] = useState<readonly StorySummary[]>([]);
  const [libraryPath, setLibraryPath] = useState('');
  const [libraryError, setLibraryError] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // The story as it stood when File › Export… was chosen; null while the dialog is closed.
  const [exporting, setExporting] = useState<Story | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const editorHandle = useRef<StoryEditorHandle>(null);

  const refresh = useCallback(() => {
    void api.listStories({}).then((result) => {
      setLibraryError(result.ok ? null : result.error.message);
      if (result.ok) setStories(result.value);
    });
  }, [api]);
  const session = useStorySession(api, refresh);

  useEffect(() => {
    refresh();
    void api.getAppInfo({}).then((result) => {
      if (result.ok) setLibraryPath(result.value.libraryPath);
    });
  }, [api, refresh]);

  const { create, save, close, currentStory, setNotice, show } = session;

  // At start: words the last run did not save (it crashed or was killed) are put back.
  useEffect(() => {
    void api.takeRecoveries({}).then((result) => {
      const newest = result.ok ? result.value[0] : undefined;
      if (!newest) return;
      refresh();
      void session.open(newest.id).then(() => {
        const time = new Date(newest.writtenAt).toLocaleTimeString();
        const others = result.ok ? result.value.length - 1 : 0;
        setNotice(
          `Newsdesk recovered your unsaved work in “${newest.headline || 'Untitled story'}”, as typed up to ${time}.` +
            (others > 0
              ? ` ${others} more ${others === 1 ? 'story was' : 'stories were'} recovered too.`
              : ''),
        );
      });
    });
    // Once per start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** File › Export Draft Package… (and Save As… when saving fails): the window's words, with images. */
  const exportPackage = useCallback(async () => {
    const story = currentStory();
    if (!story) return;
    const result = await api.exportDraftPackage({ storyId: story.id, story });
    if (!result.ok) setNotice(result.error.message);
    else if (result.value) setNotice(`Saved a copy as ${result.value.file}.`);
  }, [api, currentStory, setNotice]);

  /** File › Open Package…: a colleague's draft joins the library and opens. */
  const openPackage = useCallback(async () => {
    if (!(await session.flush())) return;
    const result = await api.openPackage({});
    if (!result.ok) return setNotice(`The package was not opened: ${result.error.message}`);
    if (!result.value) return;
    refresh();
    show(result.value);
  }, [api, refresh, session, setNotice, show]);
  const opened = useCallback(
    (story: Story) => {
      refresh();
      show(story);
    },
    [refresh, show],
  );
  const imports = useImport(api, session.flush, opened, setNotice);
  const { readDropped, chooseFile: chooseImportFile } = imports;
  useEffect(() => registerImportDrop(window, (file) => void readDropped(file)), [readDropped]);
  const copyHtml = useCallback(() => {
    const story = currentStory();
    if (!story) return;
    const checks = exportChecks(story, { headlineLimit: savedHeadlineLimit() });
    const error = checks.find((check) => check.severity === 'error');
    if (error) return setNotice(`Not copied: ${error.message}`);
    const { assetBaseUrl } = loadExportPreferences();
    const copied = copyStoryAsHtml(story, assetBaseUrl ? { assetBaseUrl } : {});
    const warnings = checks.length;
    setNotice(
      !copied
        ? 'The story could not be put on the clipboard.'
        : warnings > 0
          ? `Copied as HTML, with ${warnings} warning${warnings === 1 ? '' : 's'} (see Checks).`
          : 'Copied as HTML: paste it into the CMS.',
    );
  }, [currentStory, setNotice]);
  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new-story':
          return void create();
        case 'open-story':
          setSidebarOpen(true);
          return void requestAnimationFrame(() => filterRef.current?.focus());
        case 'save-story':
          return void save();
        case 'close-story':
          return void close();
        case 'toggle-sidebar':
          return setSidebarOpen((open) => !open);
        case 'show-shortcuts':
          return setShortcutsOpen((open) => !open);
        case 'export-story':
          return setExporting(currentStory());
        case 'copy-html':
          return copyHtml();
        case 'show-settings':
          return setSettingsOpen(true);
        case 'export-package':
          return void exportPackage();
        case 'open-package':
          return void openPackage();
        case 'import-file':
          return void chooseImportFile();
        default:
          // Inserts, link, find and replace act on the page.
          return editorHandle.current?.run(command);
      }
    },
    [create, save, close, currentStory, copyHtml, exportPackage, openPackage, chooseImportFile],
  );
  const reveal = useCallback((place: CheckPlace) => {
    editorHandle.current?.reveal(place);
  }, []);
  const runEditor = useCallback((action: EditorAction) => editorHandle.current?.run(action), []);
  useShortcuts(run, runEditor);
  useEffect(() => api.onMenuCommand(run), [api, run]);

  const { story, saveState } = session;
  const storyId = story?.id;
  const images = useImageSource(api, storyId, setNotice);
  return (
    <div className={`nd-app ${sidebarOpen ? '' : 'nd-sidebar-hidden'}`}>
      {sidebarOpen && (
        <StoryList
          ref={filterRef}
          stories={stories}
          listStories={api.listStories}
          error={libraryError}
          openId={story?.id ?? null}
          onOpen={(id) => void session.open(id)}
          onCreate={() => void create()}
        />
      )}
      <main className="nd-main">
        {session.notice && (
          <div className="nd-notice" role="alert">
            {session.notice}
            {session.rescue && (
              <button type="button" onClick={() => void session.takeRescue()}>
                {session.rescue.label}
              </button>
            )}
          </div>
        )}
        {story ? (
          <>
            <StoryEditor
              key={session.editorKey}
              story={story}
              onChange={session.onEditorChange}
              onStats={session.setStats}
              images={images}
              handle={editorHandle}
              typedAhead={session.takeTypedAhead}
            />
            <SaveStatus
              state={saveState}
              onRetry={() => void session.flush()}
              onSaveAs={() => void exportPackage()}
              onKeepMine={() => void session.overwrite()}
              onLoadTheirs={() => void session.reloadFromDisk()}
            />
          </>
        ) : (
          <div className="nd-empty">
            <h1>No story open</h1>
            <p>Pick a story from the list, start a new one, or drop a file here to import it.</p>
            <button type="button" className="nd-primary" onClick={() => void create()}>
              New story <kbd>{shortcutLabel('N')}</kbd>
            </button>
            <button type="button" onClick={() => void chooseImportFile()}>
              Import a file… <kbd>{shortcutLabel('Shift+I')}</kbd>
            </button>
          </div>
        )}
      </main>
      <Inspector
        story={story}
        stats={session.stats}
        savedAt={session.savedAt}
        libraryPath={libraryPath}
        onMetaChange={session.updateMeta}
        onDatelineDate={(date) => editorHandle.current?.setDatelineDate(date)}
        currentHeadline={session.currentHeadline}
        checkedStory={session.checkedStory}
        revisions={{ api, onRestored: show, beforeRestore: session.flush }}
        onReveal={reveal}
      />
      {imports.busy && !imports.preview && (
        <div className="nd-import-busy" role="status">
          {imports.busy}
        </div>
      )}
      {imports.preview && (
        <ImportReview
          key={imports.preview.token}
          preview={imports.preview}
          busy={imports.busy !== null}
          onImport={(keep) => void imports.commit(keep)}
          onCancel={imports.cancel}
        />
      )}
      {shortcutsOpen && <ShortcutsPanel onClose={() => setShortcutsOpen(false)} />}
      {settingsOpen && <SettingsDialog api={api} onClose={() => setSettingsOpen(false)} />}
      {exporting && (
        <ExportDialog
          api={api}
          story={exporting}
          headlineLimit={savedHeadlineLimit()}
          save={session.flush}
          onReveal={reveal}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}

import { useCallback, useState } from 'react';
import type { IpcResponse } from '../../shared/ipc/contract';

type ImportPreview = IpcResponse<'readDroppedImport'>;
import type { NewsdeskApi } from '../../shared/ipc/newsdesk-api';
import type { Story } from '../../shared/story/story';
import { fileToBase64 } from '../editor/paste/image-input';

export interface ImportFlow {
  /** The file read and waiting for review; null when no import is under way. */
  readonly preview: ImportPreview | null;
  /** "Reading tanks.docx…" while main reads a file. */
  readonly busy: string | null;
  /** File › Import…: the open-file dialog, then the review. */
  chooseFile(): Promise<void>;
  /** A file dropped on the window, then the review. */
  readDropped(file: File): Promise<void>;
  /** Makes the story with the lines the user kept, and opens it. */
  commit(keep: readonly number[]): Promise<void>;
  cancel(): void;
}

function photos(count: number): string {
  return count === 1 ? '1 photo' : `${count} photos`;
}

/**
 * File › Import… and files dropped on the window: main reads the file into a
 * draft, the review shows what was detected, and on Import main makes the
 * story (fetching its images) and the window opens it. The original file is
 * never written.
 */
export function useImport(
  api: NewsdeskApi,
  flush: () => Promise<boolean>,
  opened: (story: Story) => void,
  setNotice: (message: string) => void,
): ImportFlow {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const read = useCallback(
    async (label: string, reading: () => ReturnType<NewsdeskApi['readDroppedImport']>) => {
      setBusy(label);
      try {
        const result = await reading();
        if (!result.ok) return setNotice(`Not imported: ${result.error.message}`);
        setPreview(result.value);
      } finally {
        setBusy(null);
      }
    },
    [setNotice],
  );

  const chooseFile = useCallback(async () => {
    setBusy('Choosing a file…');
    const result = await api.chooseImportFile({});
    setBusy(null);
    if (!result.ok) return setNotice(`Not imported: ${result.error.message}`);
    if (result.value) setPreview(result.value);
  }, [api, setNotice]);

  const readDropped = useCallback(
    (file: File) =>
      read(`Reading ${file.name}…`, async () =>
        api.readDroppedImport({ fileName: file.name, dataBase64: await fileToBase64(file) }),
      ),
    [api, read],
  );

  const commit = useCallback(
    async (keep: readonly number[]) => {
      if (!preview) return;
      if (!(await flush())) return;
      setBusy(`Importing ${preview.fileName}…`);
      const result = await api.commitImport({ token: preview.token, keep: [...keep] });
      setBusy(null);
      if (!result.ok) return setNotice(`Not imported: ${result.error.message}`);
      setPreview(null);
      opened(result.value.story);
      const missing = result.value.missingImages;
      const why = (missing[0]?.reason ?? '').replace(/\.$/, '');
      setNotice(
        missing.length === 0
          ? `Imported ${preview.fileName} as a new story; the file itself is unchanged.`
          : `Imported ${preview.fileName}. ${photos(missing.length)} came without an image file ` +
              `(${why.charAt(0).toLowerCase()}${why.slice(1)}${missing.length > 1 ? ', …' : ''}): ` +
              `choose the photo on ${missing.length === 1 ? 'its placeholder' : 'each placeholder'}.`,
      );
    },
    [api, flush, opened, preview, setNotice],
  );

  const cancel = useCallback(() => setPreview(null), []);
  return { preview, busy, chooseFile, readDropped, commit, cancel };
}

/** The file names File › Import… reads (the same list as main's dialog). */
const IMPORTABLE = /\.(?:docx|md|markdown|html?|txt)$/i;

/** True when a dropped file is one to import (images are the editor's, packages File › Open's). */
export function isImportable(file: File): boolean {
  return IMPORTABLE.test(file.name);
}

/**
 * A Word, Markdown, HTML or text file dropped anywhere on the window is
 * imported as a new story, instead of the page navigating to it or the
 * editor pasting its name. Captured before the editor sees the drop, and
 * only for such files: dropped images still become figures.
 */
export function registerImportDrop(target: Window, onFile: (file: File) => void): () => void {
  const importable = (event: DragEvent) =>
    [...(event.dataTransfer?.files ?? [])].find(isImportable);
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    const items = [...(event.dataTransfer.items ?? [])];
    // While dragging, only the types are known: accept any non-image file here.
    if (items.some((item) => item.kind === 'file' && !item.type.startsWith('image/'))) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (event: DragEvent) => {
    const file = importable(event);
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    onFile(file);
  };
  target.addEventListener('dragover', onDragOver, true);
  target.addEventListener('drop', onDrop, true);
  return () => {
    target.removeEventListener('dragover', onDragOver, true);
    target.removeEventListener('drop', onDrop, true);
  };
}

import { storyToHtmlFragment, storyToPlainText } from '../../shared/export/story-html';
import type { ExportOptions } from '../../shared/export/export-formats';
import type { Story } from '../../shared/story/story';

/**
 * Edit › Copy as HTML: the story's HTML fragment on the clipboard (with its
 * plain text beside it), for pasting into a web CMS. Done through a copy
 * event, which needs no clipboard permission (the app denies them all).
 */
export function copyStoryAsHtml(story: Story, options: ExportOptions): boolean {
  const html = storyToHtmlFragment(story, options);
  const text = `${story.headline}\n\n${storyToPlainText(story)}`;
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    // The editor listens for copy too and would put its selection there instead.
    event.stopImmediatePropagation();
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
  };
  document.addEventListener('copy', onCopy, { capture: true });
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, { capture: true });
  }
}

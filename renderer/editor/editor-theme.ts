import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the DOM it renders; styled in styles/editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'nd-paragraph',
  link: 'nd-link',
  list: {
    ul: 'nd-list nd-list-bullet',
    ol: 'nd-list nd-list-number',
    listitem: 'nd-list-item',
    nested: { listitem: 'nd-list-nested' },
  },
  text: {
    bold: 'nd-bold',
    italic: 'nd-italic',
    underline: 'nd-underline',
    strikethrough: 'nd-strikethrough',
    underlineStrikethrough: 'nd-underline-strikethrough',
    superscript: 'nd-superscript',
    subscript: 'nd-subscript',
    code: 'nd-code',
  },
};

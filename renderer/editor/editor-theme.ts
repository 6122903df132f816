import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the DOM it renders; styled in styles/editor.css. */
export const editorTheme: EditorThemeClasses = {
  heading: { h1: 'nd-headline' },
  paragraph: 'nd-paragraph',
  text: {
    bold: 'nd-bold',
    italic: 'nd-italic',
    underline: 'nd-underline',
    strikethrough: 'nd-strikethrough',
    underlineStrikethrough: 'nd-underline-strikethrough',
  },
};

/** The standalone page's stylesheet: readable type, images that fit, light and dark. */
export const PAGE_STYLESHEET = `:root { color-scheme: light dark; }
body { margin: 0; padding: 2rem 1rem; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; }
article { max-width: 40rem; margin: 0 auto; }
h1 { font-size: 2.2rem; line-height: 1.15; margin: 0 0 0.75rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
.standfirst { font-size: 1.25rem; margin: 0 0 1rem; }
.byline, .dateline { font-family: system-ui, sans-serif; font-size: 0.9rem; margin: 0.25rem 0; }
.byline { font-weight: 600; }
header { margin-bottom: 1.5rem; }
figure { margin: 1.5rem 0; }
figure.image img { display: block; max-width: 100%; height: auto; }
figcaption { font-family: system-ui, sans-serif; font-size: 0.85rem; margin-top: 0.4rem; }
.credit { opacity: 0.75; text-transform: uppercase; letter-spacing: 0.03em; }
figure.pullquote { border-left: 4px solid currentColor; padding-left: 1rem; }
figure.pullquote blockquote { margin: 0; font-size: 1.35rem; font-style: italic; }
hr { border: 0; border-top: 1px solid; opacity: 0.4; margin: 2rem 0; }
.credit-block { font-family: system-ui, sans-serif; font-size: 0.9rem; margin-top: 2rem; }
a { color: inherit; }
`;

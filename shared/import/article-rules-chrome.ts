/**
 * Site chrome: the lines a web page puts around a story that are not the
 * story ("Skip to main content", share buttons, cookie banners, "Page not
 * found" widgets, footers). Each rule is a named test on one whole block's
 * text, and they are conservative: a line is dropped only when the WHOLE
 * line is chrome (an exact phrase, a line of button names, a banner that
 * names cookies and consent), so a story paragraph that merely contains the
 * word "share" or "newsletter" always stays. The review lists every dropped
 * line with "Keep this line".
 */
import { decide, isOpenText, type ArticleWork } from './article-work';

/** Whole lines that are interface text, compared lower-case without final punctuation. */
const CHROME_LINES = new Set(
  (
    'skip to main content|skip to content|skip to navigation|skip to main navigation|' +
    'jump to content|menu|search|close|home|log in|login|sign in|sign out|register|subscribe|' +
    'subscribe now|share|share this|share this article|share this story|share this page|' +
    'share article|tweet|email|e-mail|print|copy link|link copied|read more|read next|' +
    'continue reading|show more|load more|see more|view comments|comments|leave a comment|' +
    'listen|listen to this article|play video|watch|watch video|advertisement|advertising|ad|' +
    'sponsored|sponsored content|story continues below advertisement|scroll to continue|' +
    'continue reading below|accept|accept all|accept cookies|accept all cookies|reject all|' +
    'manage preferences|manage cookies|cookie settings|i agree|got it|ok|' +
    'back to top|go to top|top|next article|previous article|more|follow us|follow|'
  ).split('|'),
);

/** Headings that open a block of links to other stories. */
const RELATED_HEADINGS = new Set(
  (
    'related|related articles|related stories|related content|related coverage|related topics|' +
    'more on this story|more stories|more from this section|recommended|recommended for you|' +
    'most read|most popular|most viewed|trending now|you may also like|' +
    'you might also like|latest news|top stories|editors picks|editor’s picks|' +
    'see also|also read|more news|in other news'
  ).split('|'),
);

/** Buttons a share bar is made of; a line of nothing but these is a share bar. */
const SOCIAL = new Set(
  (
    'share|tweet|facebook|twitter|x|whatsapp|linkedin|email|e-mail|print|pinterest|reddit|' +
    'telegram|messenger|flipboard|bluesky|threads|mastodon|copy|link|copy link|sms|mail'
  ).split('|'),
);

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.:…!»›>→+]+$/u, '')
    .replace(/^[«‹<←\s]+/u, '')
    .replace(/\s+/g, ' ');
}

/** `chrome-interface`: the whole line is one of the interface phrases above. */
function isInterfaceLine(text: string): boolean {
  return CHROME_LINES.has(normal(text));
}

/** `chrome-share-bar`: every word is a social network or a share button. */
function isShareBar(text: string): boolean {
  const words = normal(text)
    .split(/[\s|•·,/]+/)
    .filter((word) => word !== '');
  return words.length > 0 && words.length <= 12 && words.every((word) => SOCIAL.has(word));
}

/** `chrome-read-more-link`: "Read more: <another story>" pointing away from this one. */
function isReadMoreLink(text: string): boolean {
  return (
    text.length <= 200 &&
    /^(?:read more|read next|also read|see also|related)\s*[:|–—-]\s*\S/i.test(text)
  );
}

/** `chrome-newsletter`: an invitation to sign up, short, naming a newsletter or inbox. */
function isNewsletterPitch(text: string): boolean {
  return (
    text.length <= 250 &&
    /^(?:sign up|subscribe|get|receive|join|enter your e-?mail|don'?t miss|never miss)\b/i.test(
      text,
    ) &&
    /\b(?:newsletters?|inbox|e-?mail updates|alerts|briefing)\b/i.test(text)
  );
}

/** `chrome-cookies`: a consent banner names cookies and what it wants from the reader. */
function isCookieBanner(text: string): boolean {
  return (
    text.length <= 600 &&
    /\b(?:you|your)\b/i.test(text) &&
    /\bcookies?\b/i.test(text) &&
    /\b(?:we use|we and our partners|this (?:web)?site uses|uses cookies|consent|accept|privacy (?:policy|settings)|cookie (?:policy|settings|preferences)|manage (?:your )?(?:preferences|settings))\b/i.test(
      text,
    )
  );
}

/** `chrome-footer`: "© 2024 Outlet", "Copyright 2024 …", "All rights reserved". */
function isFooter(text: string): boolean {
  if (text.length > 200) return false;
  return (
    (/^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|[\p{L}])/iu.test(text) &&
      (/\b(?:19|20)\d{2}\b/.test(text) || /all rights reserved/i.test(text))) ||
    /^all rights reserved\.?$/i.test(text)
  );
}

/** `chrome-navigation`: "News | World | Europe", "Home › World › Europe": three or more short links. */
function isNavigation(text: string): boolean {
  if (text.length > 200) return false;
  const parts = text.split(/\s*(?:\||›|»|>|•|·)\s*/);
  return parts.length >= 3 && parts.every((part) => part !== '' && part.split(' ').length <= 4);
}

/** `chrome-not-found`: an error widget's heading ("Page not found", "404"). */
function isNotFound(text: string): boolean {
  return /^(?:page not found|not found|error 404|404(?: error)?|404 - page not found|oops!?)$/i.test(
    text.replace(/[.!]+$/, ''),
  );
}

/** The sentence such a widget shows under its heading. */
function isNotFoundSentence(text: string): boolean {
  return (
    text.length <= 300 &&
    /\b(?:does not exist|doesn'?t exist|is not available|no longer available|could not be found|cannot be found|can'?t be found|may have been (?:moved|removed|deleted))\b/i.test(
      text,
    )
  );
}

const REPORTED = /["“”«»]|\b(?:said|says|told|according to)\b/i;

const LINE_RULES: readonly [string, (text: string) => boolean][] = [
  ['chrome-interface', isInterfaceLine],
  ['chrome-share-bar', isShareBar],
  ['chrome-read-more-link', isReadMoreLink],
  ['chrome-newsletter', isNewsletterPitch],
  ['chrome-cookies', isCookieBanner],
  ['chrome-footer', isFooter],
  ['chrome-navigation', isNavigation],
];

/**
 * `chrome-related`: after a "Related articles" heading, the short link
 * lines (headline-shaped: no final full stop) that follow it, at most ten.
 */
function dropRelatedLinks(work: ArticleWork, heading: number): void {
  let taken = 0;
  for (let index = heading + 1; index < work.blocks.length && taken < 10; index += 1) {
    const block = work.blocks[index]!;
    if (block.type === 'list' && isOpenOrList(work, index)) {
      decide(work, index, 'dropped', 'chrome-related', listText(block));
      taken += 1;
      continue;
    }
    const text = work.texts[index]!;
    if (!isOpenText(work, index) || text.length > 150 || /[.!?]["”’]?$/.test(text)) break;
    decide(work, index, 'dropped', 'chrome-related');
    taken += 1;
  }
}

function isOpenOrList(work: ArticleWork, index: number): boolean {
  return work.roles[index] === undefined;
}

function listText(block: { items: readonly { content: readonly { text: string }[] }[] }): string {
  return block.items.map((item) => item.content.map((run) => run.text).join('')).join(' · ');
}

/** Drops the page's chrome, recording a finding for every line dropped. */
export function dropChrome(work: ArticleWork): void {
  for (let index = 0; index < work.blocks.length; index += 1) {
    if (!isOpenText(work, index)) continue;
    const text = work.texts[index]!;
    if (isNotFound(text)) {
      decide(work, index, 'dropped', 'chrome-not-found');
      const next = index + 1;
      if (isOpenText(work, next) && isNotFoundSentence(work.texts[next]!)) {
        decide(work, next, 'dropped', 'chrome-not-found');
      }
      continue;
    }
    if (RELATED_HEADINGS.has(normal(text))) {
      decide(work, index, 'dropped', 'chrome-related');
      dropRelatedLinks(work, index);
      continue;
    }
    // Reported speech is story, whatever words it uses ("… accept cookies," she said).
    if (REPORTED.test(text) && !isInterfaceLine(text)) continue;
    const rule = LINE_RULES.find(([, test]) => test(text));
    if (rule) decide(work, index, 'dropped', rule[0]);
  }
}

import { describe, expect, it } from 'vitest';
import { articleToStory } from '../../shared/import/article-to-story';
import { StorySchema } from '../../shared/story/story-schema';
import { importText, outline, readArticleFixture, readSharedFixture } from './article-helpers';

const init = { id: '6f1c2b7e-4d3a-4b8e-9c1d-2a3b4c5d6e7f', now: new Date('2026-11-29T10:00:00Z') };

function subheads(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('h2: ')).map((line) => line.slice(4));
}

describe('France 24: Turkish tanks (the shared fixture)', () => {
  const article = importText(readSharedFixture('france24-turkish-tanks.txt'));
  const lines = outline(article);

  it('finds headline, figure, subheads and credit block', () => {
    expect(article.headline).toBe('Turkish tanks cross Syrian border to free IS-group held town');
    const figures = article.body.filter((block) => block.type === 'figure');
    expect(figures).toEqual([
      {
        type: 'figure',
        image: { alt: '' },
        caption: [
          {
            text: 'The Islamic State group controls a number of areas along the Turkey-Syria border',
          },
        ],
        credit: 'AFP photo',
      },
    ]);
    expect(article.body[0]).toBe(figures[0]);
    expect(lines[1]).toMatch(/^p: Turkey's state-run news agency says/);
    expect(subheads(lines)).toEqual([
      "Turkish operation 'fully backed by US'",
      "Turkey to 'cleanse' border of IS militants",
      'Pre-empting Kurdish forces',
    ]);
    expect(lines.at(-1)).toBe('credit: (FRANCE 24 with AP and REUTERS)');
  });

  it('leaves the page chrome out of the story, and the story is valid', () => {
    const story = articleToStory(article, init);
    expect(StorySchema.safeParse(story).success).toBe(true);
    const json = JSON.stringify(story);
    for (const chrome of [
      'Skip to main content',
      'Page not found',
      'The content you requested does not exist or is not available anymore.',
    ]) {
      expect(json).not.toContain(chrome);
    }
    expect(article.findings.filter((f) => f.role === 'dropped').map((f) => f.rule)).toEqual([
      'chrome-interface',
      'chrome-not-found',
      'chrome-not-found',
    ]);
  });
});

describe('Reuters-style wire', () => {
  const article = importText(readArticleFixture('reuters-wire-ankara.txt'));
  const lines = outline(article);
  it('takes byline, dateline with the year from the date line, caption and closing credit', () => {
    expect(article.headline).toBe('Turkey opens second border crossing for grain convoys');
    expect(article.bylines).toEqual(['By Selin Arslan and Mark Holloway']);
    expect(article.dateline).toEqual({ place: 'ANKARA', date: '2016-08-24' });
    expect(lines[0]).toMatch(/^p: Turkey will open a second border crossing/);
    expect(article.findings).toContainEqual({
      index: 3,
      role: 'dateline',
      rule: 'dateline-wire',
      text: 'ANKARA, Aug 24 (Reuters) -',
    });
    expect(lines[2]).toBe(
      'figure: Lorries queue at the Oncupinar border gate near Kilis, Turkey, August 23, 2016. [REUTERS/Deniz Okan]',
    );
    expect(lines.at(-1)).toBe(
      'credit: (Reporting by Selin Arslan; Additional reporting by Mark Holloway in Gaziantep; Editing by Paul Whitfield)',
    );
    expect(subheads(lines)).toEqual([]);
    expect(lines.filter((line) => line.startsWith('p: '))).toHaveLength(6);
  });
});

describe('AP-style story', () => {
  const article = importText(readArticleFixture('ap-washington-senate.txt'));
  const lines = outline(article);
  it('takes byline, AP Photo caption, dateline without a date, pull quote, subhead, credit', () => {
    expect(article.headline).toBe('Senate passes stopgap bill hours before shutdown deadline');
    expect(article.bylines).toEqual(['By RACHEL MORENO and DAVID KIM']);
    expect(article.dateline).toEqual({ place: 'WASHINGTON' });
    expect(lines[0]).toMatch(
      /^figure: Senate Majority Leader .* 2023\. \[AP Photo\/Laura Benning\]$/,
    );
    expect(lines[1]).toMatch(/^p: The Senate passed a short-term spending bill/);
    expect(lines).toContain(
      'quote: We did our job tonight. Now the hard part begins. — Senator Maria Lopez',
    );
    expect(subheads(lines)).toEqual(['What happens next']);
    expect(lines.at(-1)).toBe(
      'credit: Associated Press writers Jonah Price and Elena Ruiz contributed to this report.',
    );
  });
});

describe('web page with chrome', () => {
  const article = importText(readArticleFixture('web-chrome-harbour.txt'));
  const lines = outline(article);
  it('drops every piece of chrome and keeps every sentence of the story', () => {
    expect(article.headline).toBe('Ferry strike leaves island residents stranded for a third day');
    expect(lines).toEqual([
      expect.stringMatching(/^p: Hundreds of island residents/),
      expect.stringMatching(/would share the work more evenly/),
      expect.stringMatching(/started a newsletter for customers/),
      'h2: Talks could resume next week',
      expect.stringMatching(/^p: A mediator appointed/),
      'p: The union has not said whether it will accept that condition.',
    ]);
    const dropped = article.findings.filter((f) => f.role === 'dropped').map((f) => f.rule);
    expect(dropped).toEqual([
      'chrome-interface',
      'before-headline',
      'chrome-navigation',
      'chrome-cookies',
      'chrome-interface',
      'chrome-interface',
      'meta-date',
      'chrome-interface',
      'chrome-share-bar',
      'chrome-interface',
      'chrome-read-more-link',
      'chrome-newsletter',
      'chrome-related',
      'chrome-related',
      'chrome-related',
      'chrome-footer',
    ]);
  });
});

describe('Guardian-style feature', () => {
  const article = importText(readArticleFixture('guardian-style-fishermen.txt'));
  const lines = outline(article);
  it('takes standfirst, byline and Photograph: captions', () => {
    expect(article.headline).toBe(
      'Fishermen in the Aegean say warming seas are emptying their nets',
    );
    expect(article.standfirst).toEqual([
      {
        text: 'Catches of sardine and anchovy have fallen by half in a decade, and younger crews are leaving for jobs on land',
      },
    ]);
    expect(article.bylines).toEqual(['By Eleni Vasilakou in Kalymnos']);
    expect(article.dateline).toBeUndefined();
    expect(lines[0]).toBe(
      'figure: Fishermen mend their nets at dawn in the harbour of Pothia, Kalymnos. [Andreas Lykos/The Guardian]',
    );
    expect(lines.filter((line) => line.startsWith('figure: '))).toHaveLength(2);
    expect(subheads(lines)).toEqual(['A sea that is changing fast']);
    // Quotes inside paragraphs stay paragraphs.
    expect(lines).toContain('p: "What we are seeing is not a bad year. It is a trend," she said.');
  });
});

describe('Greek copy, one paragraph per line', () => {
  const article = importText(readArticleFixture('greek-line-per-paragraph.txt'));
  const lines = outline(article);
  it('reads each line as a paragraph, with dateline and subhead', () => {
    expect(article.headline).toBe('Απεργία στα πλοία: δεμένα τα πλοία για τρίτη ημέρα');
    expect(article.dateline).toEqual({ place: 'ΑΘΗΝΑ' });
    expect(lines[0]).toMatch(/^p: Δεμένα στα λιμάνια/);
    expect(subheads(lines)).toEqual(['Τι ζητούν οι ναυτεργάτες']);
    expect(lines).toHaveLength(6);
  });
});

describe('hard-wrapped plain text', () => {
  const article = importText(readArticleFixture('hard-wrapped-council.txt'));
  const lines = outline(article);
  it('joins wrapped lines into paragraphs', () => {
    expect(article.headline).toBe('Council votes to close harbour road for summer repairs');
    expect(article.bylines).toEqual(['By Tom Reed']);
    expect(lines).toEqual([
      'p: The town council voted on Tuesday night to close the harbour road for six weeks of repairs, a decision that shopkeepers along the seafront said would cost them the best part of the summer season.',
      expect.stringMatching(/^p: Councillors approved .* asked to leave for shouting\.$/),
      expect.stringMatching(/^p: The sea wall .* through another winter\.$/),
      'h2: Traders want a delay',
      expect.stringMatching(/^p: Anne Whitby, .* when the visitors have gone\.$/),
      'credit: Compiled by Tom Reed and the Harbour Gazette newsdesk',
    ]);
  });
});

describe('every fixture', () => {
  it.each([
    'reuters-wire-ankara.txt',
    'ap-washington-senate.txt',
    'web-chrome-harbour.txt',
    'guardian-style-fishermen.txt',
    'greek-line-per-paragraph.txt',
    'hard-wrapped-council.txt',
  ])('%s makes a valid story', (name) => {
    const story = articleToStory(importText(readArticleFixture(name)), init);
    expect(StorySchema.safeParse(story).error?.issues).toBeUndefined();
  });
});

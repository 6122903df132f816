import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleToStory } from '../../shared/import/article-to-story';
import { detectArticle } from '../../shared/import/detect-article';
import { guessLanguage } from '../../shared/import/guess-language';
import { textToDraft } from '../../shared/import/text-to-draft';

describe('guessLanguage', () => {
  it.each([
    ['Η κυβέρνηση ανακοίνωσε νέα μέτρα για τους αλιείς του Αιγαίου.', 'el'],
    ['הממשלה הודיעה היום על צעדים חדשים לדייגים.', 'he'],
    ['정부는 오늘 어민들을 위한 새로운 조치를 발표했다.', 'ko'],
    ['政府は本日、漁業者のための新たな措置を発表した。', 'ja'],
    ['รัฐบาลประกาศมาตรการใหม่สำหรับชาวประมงในวันนี้', 'th'],
    ['أعلنت الحكومة اليوم عن إجراءات جديدة للصيادين في الجنوب.', 'ar'],
    ['دولت امروز اقدامات تازه‌ای برای ماهیگیران اعلام کرد و گفت که پول می‌دهد.', 'fa'],
    ['حکومت نے آج ماہی گیروں کے لیے نئے اقدامات کا اعلان کیا ہے۔', 'ur'],
  ])('%s → %s', (text, tag) => {
    expect(guessLanguage(text)).toBe(tag);
  });

  it('leaves scripts many languages share, and mixed copy, to the reporter (en)', () => {
    expect(guessLanguage('The government announced new measures for fishermen.')).toBe('en');
    expect(guessLanguage('Правительство объявило о новых мерах.')).toBe('en');
    expect(guessLanguage('政府今天宣布了新措施。')).toBe('en');
    // A Greek name in English copy does not make it Greek.
    expect(
      guessLanguage(
        'Prime Minister Κυριάκος Μητσοτάκης said on Tuesday that talks would resume next week.',
      ),
    ).toBe('en');
    expect(guessLanguage('')).toBe('en');
    expect(guessLanguage('2016 — 24/08')).toBe('en');
  });

  it('gives an imported story its language: the Greek fixture is el, France 24 en', () => {
    const imported = (file: string) =>
      articleToStory(detectArticle(textToDraft(readFileSync(file, 'utf8'))), {
        id: '0b6f7c1e-3a2d-4e5f-8a9b-1c2d3e4f5a6b',
        now: new Date('2026-11-29T12:00:00Z'),
      });
    const articles = path.join(import.meta.dirname, '..', 'fixtures', 'articles');
    expect(imported(path.join(articles, 'greek-line-per-paragraph.txt')).language).toBe('el');
    const france24 = path.resolve(
      import.meta.dirname,
      '../../../shared/fixtures/france24-turkish-tanks.txt',
    );
    expect(imported(france24).language).toBe('en');
  });
});

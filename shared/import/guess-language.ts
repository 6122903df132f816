/**
 * The language of imported copy, when its script says it without doubt:
 * Greek is "el", Hebrew "he", Korean "ko", Japanese "ja" (kanji with kana), Thai "th",
 * Armenian "hy", Georgian "ka"; Arabic script is "ar" unless letters only
 * Persian or Urdu use are there (then "fa" or "ur"). Latin, Cyrillic, Han
 * alone and Devanagari serve many languages: those stay "en", the app's
 * default, for the reporter to set. A story's language tells exporters and
 * the CMS how to read it (and Arabic and Hebrew run right to left).
 */

/** Letters per script, counted over at most this much text: enough to tell, cheap on 2 MB. */
const SAMPLE_CHARS = 20_000;

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['el', /\p{Script=Greek}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['th', /\p{Script=Thai}/gu],
  ['hy', /\p{Script=Armenian}/gu],
  ['ka', /\p{Script=Georgian}/gu],
  ['ar', /\p{Script=Arabic}/gu],
];
const LETTERS = /\p{L}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
// Letters of the Arabic script that Arabic itself does not use.
const URDU = /[ٹڈڑںےۓھ]/u;
const PERSIAN = /[پچژگ]/u;

/** The BCP 47 tag for copy in `text` (see above); 'en' when the script does not tell. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(LETTERS)?.length ?? 0;
  if (letters === 0) return 'en';
  const count = (script: RegExp) => sample.match(script)?.length ?? 0;
  // Japanese writes kanji (Han) with kana between: kana at all in mostly Han-and-kana copy.
  const kana = count(KANA);
  if (kana * 10 > letters && (kana + count(HAN)) * 2 > letters) return 'ja';
  for (const [tag, script] of SCRIPTS) {
    // Most of the letters: a Greek name in English copy does not make it Greek.
    if (count(script) * 2 <= letters) continue;
    if (tag === 'ar') return URDU.test(sample) ? 'ur' : PERSIAN.test(sample) ? 'fa' : 'ar';
    return tag;
  }
  return 'en';
}

/**
 * Telling a photo credit apart from its caption in one line of copied text.
 *
 * Copied pages and wire copy put the credit inside the caption line, in a
 * handful of shapes that are stable across outlets:
 *
 *   AFP photo | The Islamic State group controls …        (leading, pipe)
 *   Soldiers stand guard. (AFP Photo / Jane Doe)           (trailing, in parentheses)
 *   Soldiers stand guard in Ankara. REUTERS/Umit Bektas    (trailing, agency/name)
 *   Soldiers stand guard. Photograph: Jane Doe/Guardian    (trailing, labelled)
 *   Soldiers stand guard Getty Images                      (trailing, photo agency)
 *   Soldiers stand guard © Jane Doe                        (trailing, copyright)
 *   Photo: Jane Doe / Agency                               (credit only)
 *
 * Each shape is one named pattern below. Everything is checked against a
 * short grammar of what a credit is (`readCredit`), so a sentence that merely
 * ends in parentheses or mentions Reuters is not split. Only the first and
 * last ~200 characters are looked at, so the cost does not grow with the line.
 */

/** Which pattern found the credit; detection records it in its findings. */
export type CreditPattern =
  | 'pipe-leading'
  | 'pipe-trailing'
  | 'parenthesised'
  | 'labelled'
  | 'copyright'
  | 'after-sentence'
  | 'trailing-tokens'
  | 'credit-only';

/** A caption line split into its caption and credit, and the pattern that did it. */
export interface CaptionCredit {
  readonly caption: string;
  readonly credit: string;
  readonly pattern: CreditPattern;
  /** False when the credit is only an agency's name ("Reuters"), which prose can end with too. */
  readonly strong: boolean;
}

/**
 * Photo and news agencies seen in credits, lower-cased. Two-letter ones
 * (AP, PA) only count in capitals: "ap" and "pa" are not credits.
 */
const AGENCIES = new Set(
  (
    'afp|reuters|epa|efe|epa-efe|getty|getty images|shutterstock|alamy|' +
    'alamy live news|pa media|pa wire|pa images|xinhua|anadolu|anadolu agency|ansa|' +
    'dpa|bloomberg|nurphoto|sopa images|zuma|zuma press|zuma wire|sipa|sipa usa|' +
    'kyodo|yonhap|aap|rex|rex features|corbis|magnum photos|wireimage|redux|upi|tass|' +
    'sputnik|polaris|handout|pool|kcna|abaca|imago|keystone|lightrocket|swns|' +
    'guardian|the guardian|the observer|ap images'
  ).split('|'),
);
const CAPITAL_AGENCIES = new Set(['AP', 'PA', 'AFP', 'EPA', 'AAP', 'UPI']);

/** Agencies that only ever sell photos: a bare trailing "Getty Images" is a credit. */
const PHOTO_AGENCIES = new Set(
  (
    'getty images|shutterstock|alamy|alamy live news|nurphoto|sopa images|wireimage|' +
    'rex features|magnum photos|zuma press|zuma wire'
  ).split('|'),
);

function isAgency(word: string): boolean {
  const trimmed = word.trim().replace(/\s+via\s+getty\s+images$/i, '');
  return CAPITAL_AGENCIES.has(trimmed) || AGENCIES.has(trimmed.toLowerCase());
}

/** A person's name as credits give it: capitalised words, with the usual particles. */
const NAME =
  /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|del|der|van|von|al|el|bin|le|la|di|du|dos))*$/u;

/** "Photo: …", "Photograph: …", "Picture: …", "Credit: …", "Image: …". */
const LABEL =
  /^(?:photo(?:graph)?s?|photo credit|pictures?|pic|images?|credit|illustration)\s*:\s*/i;

/** "AFP photo", "AP Photo/Evan Vucci", "AFP Photo / Jane Doe", "Reuters pictures". */
const AGENCY_PHOTO = /^(.+?)\s+(?:photo(?:graph)?s?|pictures?|images?)(?:\s*\/\s*(.+))?$/i;

/** Words that make a parenthesis a closing credit block or a note, never a photo credit. */
const NOT_A_PHOTO_CREDIT = /\b(?:reporting|editing|writing|compiled|additional|with|and|said)\b/i;

/** How sure a credit reading is; a weak one needs a clear boundary before it. */
type Strength = 'strong' | 'weak';

interface CreditReading {
  readonly credit: string;
  readonly strength: Strength;
}

/**
 * Reads `text` as a whole credit, or gives null. This is the grammar every
 * pattern checks against: short, no sentence inside, and one of the shapes
 * credits take.
 */
function readCredit(raw: string): CreditReading | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 100 || /[.!?]\s+\p{Ll}/u.test(text)) return null;
  if (NOT_A_PHOTO_CREDIT.test(text) && !LABEL.test(text)) return null;
  // Labelled: whatever follows "Photograph:" is the credit (the label is the CMS's to add).
  const labelled = LABEL.exec(text);
  if (labelled) {
    const rest = text.slice(labelled[0].length).trim();
    return rest && rest.split(' ').length <= 10 ? { credit: rest, strength: 'strong' } : null;
  }
  // Copyright: "© Jane Doe", "(c) Agency", "Copyright Jane Doe" — kept with its sign.
  if (/^(?:©|\(c\)|copyright\b)\s*\S/i.test(text)) {
    return text.split(' ').length <= 8 ? { credit: text, strength: 'strong' } : null;
  }
  const agencyPhoto = AGENCY_PHOTO.exec(text);
  if (agencyPhoto && isAgency(agencyPhoto[1]!)) {
    const name = agencyPhoto[2];
    if (name === undefined || NAME.test(name.trim())) return { credit: text, strength: 'strong' };
  }
  // Slash forms: "REUTERS/Umit Bektas", "Jane Doe/Getty Images", "Rex/Shutterstock".
  const parts = text.split('/').map((part) => part.trim());
  if (parts.length >= 2 && parts.length <= 3 && parts.some(isAgency)) {
    if (parts.every((part) => isAgency(part) || NAME.test(part))) {
      return { credit: text, strength: 'strong' };
    }
  }
  if (isAgency(text)) {
    const photoOnly = PHOTO_AGENCIES.has(text.toLowerCase().replace(/^.*\bvia\s+/, ''));
    return { credit: text, strength: photoOnly ? 'strong' : 'weak' };
  }
  return null;
}

function result(caption: string, reading: CreditReading, pattern: CreditPattern): CaptionCredit {
  const trimmed = caption.trim().replace(/\s*[|–—-]\s*$/, '');
  return {
    caption: trimmed,
    credit: reading.credit,
    pattern,
    strong: reading.strength === 'strong',
  };
}

/** "AFP photo | caption" or "caption | AFP photo": the pipe is a clear boundary. */
function pipeCredit(text: string): CaptionCredit | null {
  const first = text.indexOf('|');
  if (first < 0) return null;
  if (first <= 100) {
    const head = readCredit(text.slice(0, first));
    if (head) return result(text.slice(first + 1), head, 'pipe-leading');
  }
  const last = text.lastIndexOf('|');
  if (text.length - last <= 101) {
    const tail = readCredit(text.slice(last + 1));
    if (tail) return result(text.slice(0, last), tail, 'pipe-trailing');
  }
  return null;
}

/** "caption (AP Photo/Evan Vucci)": a credit in the closing parenthesis. */
function parenthesisedCredit(text: string): CaptionCredit | null {
  const end = /\)\s*\.?$/.exec(text);
  if (!end) return null;
  const open = text.lastIndexOf('(', end.index);
  if (open < 0 || end.index - open > 101) return null;
  const inner = readCredit(text.slice(open + 1, end.index));
  return inner ? result(text.slice(0, open), inner, 'parenthesised') : null;
}

/** "caption Photograph: Jane Doe/Guardian", "caption © Jane Doe": a label starts the credit. */
function labelledCredit(text: string, zone: number): CaptionCredit | null {
  const marker =
    /(?:^|[\s(])(?=(?:photo(?:graph)?s?|photo credit|pictures?|images?|credit|illustration)\s*:|©|\(c\)\s)/gi;
  marker.lastIndex = zone;
  let found: CaptionCredit | null = null;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    // A match at the very start is empty: step past it, or exec finds it forever.
    if (match[0] === '') marker.lastIndex += 1;
    const start = match.index + match[0].length;
    const reading = readCredit(text.slice(start));
    if (reading) {
      const pattern = text[start] === '©' || text[start] === '(' ? 'copyright' : 'labelled';
      found = result(text.slice(0, start).replace(/\($/, ''), reading, pattern);
      break; // the earliest credit start that reads whole is the full credit
    }
  }
  return found;
}

/** "Soldiers in Ankara. REUTERS/Umit Bektas": a credit after the caption's last sentence. */
function afterSentenceCredit(text: string, zone: number): CaptionCredit | null {
  const boundary = /[.!?…]["”’»)]?\s+(?=\S)/g;
  boundary.lastIndex = zone;
  let cut = -1;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    cut = match.index + match[0].length;
  }
  if (cut < 0) return null;
  const reading = readCredit(text.slice(cut));
  return reading ? result(text.slice(0, cut), reading, 'after-sentence') : null;
}

/**
 * "Soldiers stand guard REUTERS/Umit Bektas", "… Getty Images": no boundary,
 * so the credit is the last few words that read as a strong credit. Names
 * are most often two words: the shortest reading whose names have two words
 * wins, else the longest reading ("AFP via Getty Images").
 */
function trailingTokenCredit(text: string): CaptionCredit | null {
  const words = text.slice(-120).split(' ');
  let best: { tail: string; reading: CreditReading } | null = null;
  for (let k = 1; k <= Math.min(6, words.length - 1); k += 1) {
    const tail = words.slice(-k).join(' ');
    const reading = readCredit(tail);
    if (!reading || reading.strength !== 'strong') continue;
    best = { tail, reading };
    const names = tail.split('/').filter((part) => !isAgency(part) && !AGENCY_PHOTO.test(part));
    if (names.length > 0 && names.every((part) => part.trim().split(' ').length === 2)) break;
  }
  if (!best) return null;
  return result(text.slice(0, text.length - best.tail.length), best.reading, 'trailing-tokens');
}

/** Splits a caption line into caption and credit with its pattern, or null when no credit is found. */
export function matchCaptionCredit(line: string): CaptionCredit | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  const whole = readCredit(text.replace(/^\((.*)\)$/, '$1'));
  if (whole && (whole.strength === 'strong' || text.startsWith('('))) {
    return { caption: '', credit: whole.credit, pattern: 'credit-only', strong: true };
  }
  const zone = Math.max(0, text.length - 200);
  return (
    pipeCredit(text) ??
    parenthesisedCredit(text) ??
    labelledCredit(text, zone) ??
    afterSentenceCredit(text, zone) ??
    trailingTokenCredit(text)
  );
}

/** Splits a caption line into its caption and photo credit, or null when no credit can be told apart. */
export function splitCaptionCredit(text: string): { caption: string; credit: string } | null {
  const match = matchCaptionCredit(text);
  return match ? { caption: match.caption, credit: match.credit } : null;
}

/** True when the whole line is a photo credit ("Photo: Jane Doe/AFP", "(AP Photo/Evan Vucci)"). */
export function isCreditOnly(text: string): boolean {
  return matchCaptionCredit(text)?.caption === '';
}

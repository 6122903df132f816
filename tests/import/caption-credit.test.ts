import { describe, expect, it } from 'vitest';
import {
  isCreditOnly,
  matchCaptionCredit,
  splitCaptionCredit,
} from '../../shared/import/caption-credit';

describe('splitCaptionCredit', () => {
  const cases: [string, string, string, string][] = [
    // [line, caption, credit, pattern]
    [
      'AFP photo | The Islamic State group controls a number of areas along the Turkey-Syria border',
      'The Islamic State group controls a number of areas along the Turkey-Syria border',
      'AFP photo',
      'pipe-leading',
    ],
    [
      'Ferry passengers wait at the quay | Reuters',
      'Ferry passengers wait at the quay',
      'Reuters',
      'pipe-trailing',
    ],
    [
      'Soldiers stand guard. (AFP Photo / Jane Doe)',
      'Soldiers stand guard.',
      'AFP Photo / Jane Doe',
      'parenthesised',
    ],
    [
      'President Okafor speaks in the Rose Garden (AP Photo/Evan Marsh)',
      'President Okafor speaks in the Rose Garden',
      'AP Photo/Evan Marsh',
      'parenthesised',
    ],
    [
      'Soldiers stand guard in Ankara, Turkey, August 24, 2016. REUTERS/Umit Kaya',
      'Soldiers stand guard in Ankara, Turkey, August 24, 2016.',
      'REUTERS/Umit Kaya',
      'after-sentence',
    ],
    [
      'Soldiers stand guard in Ankara REUTERS/Umit Kaya',
      'Soldiers stand guard in Ankara',
      'REUTERS/Umit Kaya',
      'trailing-tokens',
    ],
    [
      'Fishermen mend nets at dawn. Photograph: Maria Kostas/Guardian',
      'Fishermen mend nets at dawn.',
      'Maria Kostas/Guardian',
      'labelled',
    ],
    [
      'Fishermen mend nets at dawn Getty Images',
      'Fishermen mend nets at dawn',
      'Getty Images',
      'trailing-tokens',
    ],
    [
      'Fishermen mend nets at dawn © Jane Doe',
      'Fishermen mend nets at dawn',
      '© Jane Doe',
      'copyright',
    ],
    [
      'Fishermen mend nets at dawn. John Smith/AFP via Getty Images',
      'Fishermen mend nets at dawn.',
      'John Smith/AFP via Getty Images',
      'after-sentence',
    ],
    [
      'Fishermen mend nets in Piraeus John Smith/Getty Images',
      'Fishermen mend nets in Piraeus',
      'John Smith/Getty Images',
      'trailing-tokens',
    ],
    ['Photo: Jane Doe / Agency', '', 'Jane Doe / Agency', 'credit-only'],
    ['(AP Photo/Evan Marsh)', '', 'AP Photo/Evan Marsh', 'credit-only'],
  ];
  it.each(cases)('%s', (line, caption, credit, pattern) => {
    expect(matchCaptionCredit(line)).toMatchObject({ caption, credit, pattern });
    expect(splitCaptionCredit(line)).toEqual({ caption, credit });
  });

  it.each([
    '(FRANCE 24 with AP and REUTERS)',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Shares in the company fell 5% on Tuesday.',
    'News | World | Middle East',
    'The minister said the plan would go ahead (as reported).',
    'Turkey to "cleanse" border of IS militants',
    '',
  ])('finds no credit in %j', (line) => {
    expect(splitCaptionCredit(line)).toBeNull();
  });

  it('marks a bare agency name as a weak credit', () => {
    expect(matchCaptionCredit('The strike went ahead (Reuters)')?.strong).toBe(false);
    expect(matchCaptionCredit('The strike went ahead (AP Photo/Jo Lee)')?.strong).toBe(true);
  });

  it('tells credit-only lines', () => {
    expect(isCreditOnly('Photograph: Jane Doe/AFP')).toBe(true);
    expect(isCreditOnly('REUTERS/Umit Kaya')).toBe(true);
    expect(isCreditOnly('Fishermen at dawn. REUTERS/Umit Kaya')).toBe(false);
    expect(isCreditOnly('Reuters')).toBe(false);
  });

  it('stays fast on a huge line', () => {
    const line = 'word '.repeat(400_000) + '(AP Photo/Evan Marsh)';
    const start = performance.now();
    expect(splitCaptionCredit(line)?.credit).toBe('AP Photo/Evan Marsh');
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('regressions', () => {
  it('ends on a line that starts with © but is no credit (found by fast-check)', () => {
    expect(
      splitCaptionCredit(
        '© 2025 Harbour GazettePre-empting Kurdish forcesPhotograph: Andreas Lykos/The Guardian',
      ),
    ).toMatchObject({ credit: 'Andreas Lykos/The Guardian' });
  });
});

// Credits as newsrooms write them, read into the names ninjs wants.
import { describe, expect, it } from 'vitest';
import { creditSources, photoCredit } from '../../shared/export/ninjs-credit';
import { readFrance24 } from '../e2e/france24-fixture';

describe('creditSources', () => {
  it('reads the agencies of a credit block', () => {
    expect(creditSources('(FRANCE 24 with AP and REUTERS)')).toEqual([
      'FRANCE 24',
      'AP',
      'REUTERS',
    ]);
  });

  it('reads the fixture as scraped, no-break spaces and all, into plain-space names', () => {
    const credit = readFrance24().parts.at(-1)!;
    expect(credit).toMatchObject({ kind: 'credit' });
    expect(credit.kind === 'credit' && credit.text).toContain('\u00a0');
    expect(creditSources(credit.kind === 'credit' ? credit.text : '')).toEqual([
      'FRANCE 24',
      'AP',
      'REUTERS',
    ]);
    expect(creditSources('(FRANCE\u00a024\u00a0with\u00a0AP\u00a0and\u00a0REUTERS)')).toEqual([
      'FRANCE 24',
      'AP',
      'REUTERS',
    ]);
  });

  it('splits at commas, semicolons, slashes, ampersands, "with" and "and", in any case', () => {
    expect(creditSources('AFP, Reuters; AP / dpa & EFE')).toEqual([
      'AFP',
      'Reuters',
      'AP',
      'dpa',
      'EFE',
    ]);
    expect(creditSources('(FRANCE 24 WITH AP AND REUTERS)')).toEqual([
      'FRANCE 24',
      'AP',
      'REUTERS',
    ]);
  });

  it('leaves words that only contain "and" or "with" whole, and names each agency once', () => {
    expect(creditSources('(Standard Media with Withers and AP and AP)')).toEqual([
      'Standard Media',
      'Withers',
      'AP',
    ]);
  });

  it('has no names for an empty credit', () => {
    expect(creditSources('')).toEqual([]);
    expect(creditSources('( )')).toEqual([]);
    expect(creditSources('(with)')).toEqual([]);
  });
});

describe('photoCredit', () => {
  it('reads "AFP photo" as the rights holder AFP', () => {
    expect(photoCredit('AFP photo')).toEqual({ holder: 'AFP' });
    expect(photoCredit('AFP\u00a0PHOTO')).toEqual({ holder: 'AFP' });
    expect(photoCredit('Reuters pictures')).toEqual({ holder: 'Reuters' });
  });

  it('reads "Photographer/Agency" as by and holder', () => {
    expect(photoCredit('Jane Doe/Reuters')).toEqual({ by: 'Jane Doe', holder: 'Reuters' });
    expect(photoCredit('Bulent Kilic / AFP')).toEqual({ by: 'Bulent Kilic', holder: 'AFP' });
  });

  it('drops a leading "Photo:" or "Picture by"', () => {
    expect(photoCredit('Photo: AP')).toEqual({ holder: 'AP' });
    expect(photoCredit('Picture by Jane Doe/EPA')).toEqual({ by: 'Jane Doe', holder: 'EPA' });
    expect(photoCredit('photograph: Getty Images')).toEqual({ holder: 'Getty Images' });
  });

  it('keeps an unfamiliar credit whole as the holder, and has nothing for a blank one', () => {
    expect(photoCredit('Courtesy of the family')).toEqual({ holder: 'Courtesy of the family' });
    expect(photoCredit('/AFP')).toEqual({ holder: '/AFP' });
    expect(photoCredit('')).toEqual({});
    expect(photoCredit('   ')).toEqual({});
    expect(photoCredit('Photo:')).toEqual({});
  });
});

describe('photoCredit and agency names', () => {
  it('keeps "Images" that is part of the agency name', () => {
    expect(photoCredit('Getty Images')).toEqual({ holder: 'Getty Images' });
    expect(photoCredit('Jane Doe/Getty Images')).toEqual({
      by: 'Jane Doe',
      holder: 'Getty Images',
    });
    expect(photoCredit('AP Images')).toEqual({ holder: 'AP Images' });
  });
});

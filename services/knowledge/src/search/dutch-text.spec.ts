import { fold, termOf, tokensOf } from './dutch-text';

const terms = (text: string): Array<string | null> => tokensOf(text).map(termOf);

describe('Dutch search terms', () => {
  it('fold accents and case, so a query without the diaeresis finds the word with it', () => {
    expect(fold('Coöperatief LEREN, één café')).toBe('cooperatief leren, een cafe');
    expect(termOf('coöperatieve')).toBe(termOf('cooperatieve'));
  });

  it('bring singular and plural, and inflected adjectives, to one stem', () => {
    expect(termOf('scholen')).toBe(termOf('school'));
    expect(termOf('kinderen')).toBe(termOf('kinder'));
    expect(termOf('interventies')).toBe(termOf('interventie'));
    expect(termOf('effectieve')).toBe(termOf('effectief'));
  });

  it('drop stop words and single letters, and keep numbers as they are', () => {
    expect(terms('de aanpak van het lezen in groep 3')).toEqual([
      null,
      'aanpak',
      null,
      null,
      'les',
      null,
      'groep',
      '3',
    ]);
  });
});

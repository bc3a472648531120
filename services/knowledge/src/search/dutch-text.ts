// The typing shim must come along into every program that compiles this file (monitoring's tests do too); an
// ambient module declaration cannot be imported, so a reference it is.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the stemmer's typing shim is an ambient module
/// <reference path="./orama-stemmers.d.ts" />
import { stemmer } from '@orama/stemmers/dutch';

// How product texts and queries become search terms: lower case, accents folded (ë → e, é → e, so "coöperatief"
// finds "cooperatief"), split on anything that is not a letter or digit, stop words dropped, and each word
// stemmed with the Snowball Dutch stemmer (kinderen → kinder, scholen/school → schol). Two corrections the
// Snowball algorithm lacks and Dutch needs: a stem ending in v or z is written with f or s, as the singular is
// (effectieve → effectief, lezen → les), and a plural -ies loses its s (interventies → interventie).

const STOP_WORDS = new Set(
  (
    'de het een en van in op te dat die voor met is zijn er aan als ook bij of om over naar door wat wie hoe ' +
    'kan kunnen niet nog dan uit tot je jij we wij ze zij hun hij zich worden wordt werd'
  ).split(' '),
);

/** Folds accents and case: "Coöperatief Leren" → "cooperatief leren". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stem of one folded Dutch word. */
export function stemDutch(word: string): string {
  const plural = word.endsWith('ies') ? word.slice(0, -1) : word;
  const stem = stemmer(plural);
  if (stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}

/** The search term of one token of text or query; null for a stop word or a token too short to mean much. */
export function termOf(token: string): string | null {
  const folded = fold(token);
  if (/^\d+$/.test(folded)) return folded;
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : stemDutch(folded);
}

/** Splits text into tokens: runs of letters and digits (accented letters included). */
export function tokensOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
}

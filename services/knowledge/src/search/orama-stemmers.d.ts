// The package's own types (dist/nl.d.ts) sit behind its "exports" map, which the workspace's node10 module
// resolution does not read; Node reads it at run time. This declares what dist/nl.d.ts declares.
declare module '@orama/stemmers/dutch' {
  /** The Snowball Dutch stem of a word. */
  export function stemmer(word: string): string;
}

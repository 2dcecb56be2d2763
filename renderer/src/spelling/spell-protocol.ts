/** Messages from the page to the spelling worker. */
export type SpellRequest = { type: 'check'; id: number; texts: string[] } | { type: 'suggest'; id: number; word: string } | { type: 'add'; words: string[] };

/** A misspelt word's place in the text it was found in: [from, to). */
export type SpellRange = [from: number, to: number];

/** Messages from the spelling worker. */
export type SpellReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'checked'; id: number; ranges: SpellRange[][] }
  | { type: 'suggested'; id: number; suggestions: string[] };

// The French spelling check, off the UI thread: Hunspell (WebAssembly) loads its dictionary here
// and answers the page's questions in order.
import affUrl from '@dictionary-fr/index.aff?url';
import dicUrl from '@dictionary-fr/index.dic?url';
import { loadHunspell, SpellChecker } from '../../../core/spelling';
import type { SpellReply, SpellRequest } from './spell-protocol';

const post = (reply: SpellReply) => self.postMessage(reply);

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} : ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

const checker: Promise<SpellChecker> = Promise.all([fetchBytes(affUrl), fetchBytes(dicUrl)]).then(
  async ([aff, dic]) => new SpellChecker(await loadHunspell(aff, dic)),
);
checker.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
);

self.onmessage = async (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  const spell = await checker;
  switch (request.type) {
    case 'check':
      post({ type: 'checked', id: request.id, ranges: request.texts.map((text) => spell.misspellings(text).map((m) => [m.from, m.to])) });
      break;
    case 'suggest':
      post({ type: 'suggested', id: request.id, suggestions: spell.suggestions(request.word) });
      break;
    case 'add':
      spell.addWords(request.words);
      break;
  }
};

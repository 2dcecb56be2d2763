import { loadModule } from 'hunspell-asm';
import type { SpellEngine } from './spell-checker';

/**
 * Loads Hunspell (WebAssembly) with a dictionary's .aff and .dic files: the same engine in the
 * app's spelling worker and under Node.
 */
export async function loadHunspell(aff: Uint8Array, dic: Uint8Array): Promise<SpellEngine> {
  const factory = await loadModule();
  const hunspell = factory.create(factory.mountBuffer(aff, 'fr.aff'), factory.mountBuffer(dic, 'fr.dic'));
  return { spell: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w), addWord: (w) => hunspell.addWord(w) };
}

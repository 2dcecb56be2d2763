import type { ApiClient } from '../api/client';
import type { SpellRange, SpellReply, SpellRequest } from './spell-protocol';

/** What the spelling menu is opened on: a misspelt word at a place of the screen, and how to replace it. */
export interface SpellMenuRequest {
  word: string;
  x: number;
  y: number;
  replace(by: string): void;
  /** Where the keyboard goes back when the menu closes. */
  returnFocus(): void;
}

type Listener = () => void;
const ENABLED_KEY = 'memoire.orthographe';

/**
 * The page's side of the spelling worker: asks it in batches, keeps the personal dictionary in
 * step with the app's, and says when every underline must be redone (a word added, spelling
 * turned off or on). One per page, shared by the editor and every block field.
 */
class SpellService {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: SpellReply) => void>();
  private readonly changed = new Set<Listener>();
  private readonly menuListeners = new Set<(request: SpellMenuRequest | null) => void>();
  private api: ApiClient | null = null;
  private knownNames = new Set<string>();
  status: 'loading' | 'ready' | 'failed' = 'loading';
  enabled = localStorage.getItem(ENABLED_KEY) !== 'off';

  /** Starts the worker once and loads the personal dictionary into it. */
  connect(api: ApiClient): void {
    if (this.worker) return;
    this.api = api;
    this.worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module', name: 'orthographe' });
    this.worker.onmessage = (event: MessageEvent<SpellReply>) => this.receive(event.data);
    this.worker.onerror = () => this.fail();
    api.call('spelling.words', {}).then(
      ({ words }) => this.post({ type: 'add', words }),
      () => undefined,
    );
  }

  /** The misspelt ranges of each text; empty answers when spelling is off or could not load. */
  check(texts: string[]): Promise<SpellRange[][]> {
    if (!this.enabled || this.status === 'failed' || !this.worker || texts.length === 0) return Promise.resolve(texts.map(() => []));
    return this.ask({ type: 'check', id: this.nextId++, texts }).then((r) =>
      r.type === 'checked' && r.ranges.length === texts.length ? r.ranges : texts.map(() => []),
    );
  }

  /** Replacement proposals for a word. */
  suggest(word: string): Promise<string[]> {
    if (!this.worker || this.status === 'failed') return Promise.resolve([]);
    return this.ask({ type: 'suggest', id: this.nextId++, word }).then((r) => (r.type === 'suggested' ? r.suggestions : []));
  }

  /** « Ajouter au dictionnaire »: kept by the app for every mémoire, known at once here. */
  async addToDictionary(word: string): Promise<void> {
    await this.api?.call('spelling.addWord', { word });
    this.accept([word]);
  }

  /** « Ignorer »: the word is accepted until the app is closed. */
  ignore(word: string): void {
    this.accept([word]);
  }

  /** The cover's names (candidate, company, tutors…): never underlined. */
  knowNames(names: string[]): void {
    const fresh = names.map((n) => n.trim()).filter((n) => n && !this.knownNames.has(n));
    if (!fresh.length) return;
    fresh.forEach((n) => this.knownNames.add(n));
    this.accept(fresh);
  }

  /** Turns the underlines off or on (remembered on this computer). */
  setEnabled(on: boolean): void {
    this.enabled = on;
    localStorage.setItem(ENABLED_KEY, on ? 'on' : 'off');
    this.notify();
  }

  /** Called whenever every underline must be redone; returns the unsubscribe. */
  onChange(listener: Listener): () => void {
    this.changed.add(listener);
    return () => this.changed.delete(listener);
  }

  /** Opens the spelling menu (the editor and block fields ask; one menu component shows it). */
  openMenu(request: SpellMenuRequest | null): void {
    this.menuListeners.forEach((l) => l(request));
  }

  /** Subscribes the menu component. */
  onMenu(listener: (request: SpellMenuRequest | null) => void): () => void {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  private accept(words: string[]): void {
    this.post({ type: 'add', words });
    this.notify();
  }

  private notify(): void {
    this.changed.forEach((l) => l());
  }

  private post(request: SpellRequest): void {
    this.worker?.postMessage(request);
  }

  private ask(request: SpellRequest & { id: number }): Promise<SpellReply> {
    return new Promise((resolve) => {
      this.waiting.set(request.id, resolve);
      this.post(request);
    });
  }

  private receive(reply: SpellReply): void {
    if (reply.type === 'ready') {
      this.status = 'ready';
      this.notify();
    } else if (reply.type === 'failed') this.fail();
    else {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    }
  }

  // Without a dictionary the editor still works: every pending question gets an empty answer.
  private fail(): void {
    this.status = 'failed';
    for (const [id, resolve] of this.waiting) resolve({ type: 'checked', id, ranges: [] });
    this.waiting.clear();
    this.notify();
  }
}

/** The page's spelling service. */
export const spelling = new SpellService();

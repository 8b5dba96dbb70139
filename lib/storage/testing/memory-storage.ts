// The browser's localStorage, as far as autosave's journal uses it, for unit tests (Node has
// none): install() puts a fresh one on globalThis, and returns a function that removes it.
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key = (i: number) => [...this.items.keys()][i] ?? null;
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, String(v));
  removeItem = (k: string) => void this.items.delete(k);
  clear = () => this.items.clear();
}

export function installMemoryStorage(): () => void {
  globalThis.localStorage = new MemoryStorage() as unknown as Storage;
  return () => delete (globalThis as { localStorage?: Storage }).localStorage;
}

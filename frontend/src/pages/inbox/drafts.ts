/**
 * drafts keeps what was typed in each conversation's composer while the reader looks
 * at another one, for as long as the page is open.
 */
export const drafts = {
  store: new Map<string, string>(),
  get(id: string): string {
    return this.store.get(id) ?? '';
  },
  set(id: string, text: string): void {
    if (text) this.store.set(id, text);
    else this.store.delete(id);
  },
};

/** Where text a person typed but could not save yet is kept in this browser tab (see assessments/utils/unsaved). */
export const UNSAVED_TEXT_PREFIX = 'idt-canvas:unsaved:';

/** The part of Storage kept text needs (a test passes a Map-backed one). */
export type KeptTextStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** This tab's storage, or null where the browser refuses it (then text is kept in the page only). */
export function browserStorage(): KeptTextStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Forgets every page's kept text (signing out: the next person on this computer must not see it). */
export function forgetAllUnsavedText(storage: KeptTextStorage | null): void {
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(UNSAVED_TEXT_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    // Nothing to forget.
  }
}

/**
 * Where the conversation is kept between page loads (docs/product.md, data-storage: session by
 * default, local, none). Web Storage can be missing, throw on access (SecurityError in sandboxed
 * frames or with cookies blocked) or be full (QuotaExceededError): every such failure moves the
 * store to memory for the rest of the page's life, silently, so the conversation never breaks
 * (docs/product.md, "storage that throws or is full falls back to memory silently").
 */
export type StorageKind = 'session' | 'local' | 'none';

export interface Store {
  /** The saved value, or null when there is none or it cannot be read as JSON. */
  load(): unknown;
  save(value: unknown): void;
  clear(): void;
  /**
   * Calls `listener` with the value another tab (or frame) of this origin saved under this key,
   * parsed, or null when it removed it or wrote something that is not JSON. Only a shared web
   * storage reports anything (local storage, or session storage between frames of one tab).
   * Returns what stops the watching.
   */
  watch(listener: (value: unknown) => void): () => void;
}

export const STORAGE_KEY = 'helpline-widget:conversation';

function webStorage(kind: StorageKind, win: Window): Storage | null {
  if (kind === 'none') return null;
  try {
    return kind === 'local' ? win.localStorage : win.sessionStorage;
  } catch {
    return null;
  }
}

/** Stored text as JSON, or null when there is none or it is not JSON. */
function parse(text: string | null): unknown {
  try {
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

export function openStore(kind: StorageKind, win: Window, key = STORAGE_KEY): Store {
  let storage = webStorage(kind, win);
  let memory: string | null = null;

  const read = (): string | null => {
    if (storage) {
      try {
        return storage.getItem(key);
      } catch {
        storage = null;
      }
    }
    return memory;
  };

  return {
    load: () => parse(read()),
    save(value) {
      const text = JSON.stringify(value);
      memory = text;
      if (!storage) return;
      try {
        storage.setItem(key, text);
      } catch {
        // Full or revoked: the memory copy keeps this page's conversation, and an older copy
        // must not come back on the next page load.
        try {
          storage.removeItem(key);
        } catch {
          // nothing more to do
        }
        storage = null;
      }
    },
    clear() {
      memory = null;
      try {
        storage?.removeItem(key);
      } catch {
        storage = null;
      }
    },
    watch(listener) {
      // The storage event fires in every other document sharing the storage, never in the writer
      // (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-event).
      const onStorage = (event: StorageEvent) => {
        if (storage && event.key === key && event.storageArea === storage) listener(parse(event.newValue));
      };
      if (!storage) return () => {};
      win.addEventListener('storage', onStorage);
      return () => win.removeEventListener('storage', onStorage);
    },
  };
}

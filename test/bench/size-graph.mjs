// Which built files a visitor's browser fetches, read from Vite's manifest of the app build
// (vite.config.ts writes dist/.vite/manifest.json). Pure: test/unit/size.test.ts checks it.

/** The budgets of issue 7, in bytes after brotli (SI kilobytes, as size-limit reads "2 KB"). */
export const BUDGETS = {
  loader: 2_000,
  conversation: 40_000,
};

export const LOADER = 'helpline-widget.js';

/**
 * @typedef {{ file: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }} Chunk
 * @typedef {Record<string, Chunk>} Manifest
 */

/** The chunk's file and every file it imports statically, each once. */
function withImports(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const next of chunk.imports ?? []) withImports(manifest, next, into);
  return into;
}

/**
 * Everything a full conversation in one language needs: the loader, the app's entry and its
 * static imports, and that locale's content chunk with its imports. Other dynamic imports (the
 * other language, the staff guide) load only when asked for, so they are not counted.
 * @param {Manifest} manifest
 * @param {string} locale
 * @returns {string[]} file names relative to dist/
 */
export function conversationFiles(manifest, locale) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one app entry in the manifest, found ${entries.length}`);
  const [entryKey] = entries[0];
  const files = withImports(manifest, entryKey);
  const contentKey = Object.keys(manifest).find((key) => new RegExp(`^content/${locale}(/index)?\\.ts$`).test(key));
  if (!contentKey) throw new Error(`no content chunk for "${locale}" in the manifest: is it imported dynamically?`);
  withImports(manifest, contentKey, files);
  return [LOADER, ...files];
}

/**
 * The line the specialist says for an item (content/<locale>/scripts.ts): the item's own, else
 * its family's, named by the key's first part ("glossary" for every `glossary.<term>`), so a new
 * glossary word has its line without a second list of the words.
 */
export function scriptFor(scripts: Readonly<Record<string, string>>, key: string): string | undefined {
  const family = key.split('.')[0] as string;
  if (Object.hasOwn(scripts, key)) return scripts[key];
  return Object.hasOwn(scripts, family) ? scripts[family] : undefined;
}

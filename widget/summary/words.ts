import { fillTemplate } from '../../flows/fill-template';
import type { LocaleContent } from '../../content/types';
import type { TextVars } from '../app/text';

/** Looks a UI string up and fills its {placeholders}; the result is plain text, never markup. */
export type Words = (key: string, params?: Record<string, string>) => string;

/** `word.<term>`: the glossary's name for a term (LocaleContent.glossary, first word). */
const WORD = /^word\.(\w+)$/;

/**
 * The content's ui strings (opt.*, factor.*, and the summary strings of content/<locale>/summary.ts;
 * staff mode adds its own from staff.ts) and the glossary's words (`word.<term>`); an unknown key
 * shows itself, so a gap is visible rather than blank.
 */
export function words(content: LocaleContent, vars: TextVars): Words {
  const values: Record<string, string> = { phone: vars.phone, emergency: vars.emergency };
  return (key, params = {}) => {
    const term = WORD.exec(key)?.[1];
    const template = (term ? content.glossary?.[term]?.[0] : content.ui[key]) ?? key;
    return fillTemplate(template, (name) => params[name] ?? values[name]);
  };
}

/**
 * Words for one audience: `<key>.<audience>` where the content has it ("Questions for your care
 * team" for the patient), the key itself otherwise. Content names only the variants that differ.
 */
export function wordsFor(t: Words, audience: string | undefined): Words {
  if (!audience) return t;
  return (key, params) => {
    const variant = `${key}.${audience}`;
    const said = t(variant, params);
    return said === variant ? t(key, params) : said;
  };
}

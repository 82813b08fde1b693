import type { LocaleContent } from '../../content/types';
import type { TextVars } from '../app/text';

/** Looks a UI string up and fills its {placeholders}; the result is plain text, never markup. */
export type Words = (key: string, params?: Record<string, string>) => string;

/**
 * The content's ui strings (opt.*, factor.*, and the summary strings of content/<locale>/summary.ts;
 * staff mode adds its own from staff.ts); an unknown key shows itself, so a gap is visible rather
 * than blank.
 */
export function words(content: LocaleContent, vars: TextVars): Words {
  const values: Record<string, string> = { phone: vars.phone, emergency: vars.emergency };
  return (key, params = {}) => {
    const template = content.ui[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? values[name] ?? match);
  };
}

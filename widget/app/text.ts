import { telHref } from '../embed/config';

export interface TextVars {
  phone: string;
  emergency: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * Fills {placeholders} in a content string. Values are escaped: they come from the site's
 * data-* attributes, which are configuration, not trusted markup.
 */
export function fill(template: string, vars: TextVars): string {
  const values: Record<string, string> = {
    phone: vars.phone,
    phoneHref: telHref(vars.phone).slice(4),
    emergency: vars.emergency,
    emergencyHref: telHref(vars.emergency).slice(4),
  };
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? escapeHtml(values[name] ?? '') : match,
  );
}

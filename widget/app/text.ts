import { telHref } from '../embed/config';

export interface TextVars {
  phone: string;
  emergency: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * Fills {placeholders} in a content string. Values are escaped: they come from the site's
 * data-* attributes, which are configuration, not trusted markup. `extra` fills the placeholders
 * only the widget knows (the hand-off card's {reopens}).
 */
export function fill(template: string, vars: TextVars, extra: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    ...extra,
    phone: vars.phone,
    phoneHref: telHref(vars.phone).slice(4),
    emergency: vars.emergency,
    emergencyHref: telHref(vars.emergency).slice(4),
  };
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? escapeHtml(values[name] ?? '') : match,
  );
}

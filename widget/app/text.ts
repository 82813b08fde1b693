import { fillTemplate } from '../../flows/fill-template';
import { telHref } from '../embed/config';
import type { StorageKind } from './storage';

export interface TextVars {
  phone: string;
  emergency: string;
  /** {kept}: the sentence saying where answers are kept, for the storage in use (keptText). */
  kept?: string;
}

/** The content's sentence for a data-storage mode (content/<locale>/ui.ts, ui.kept.*). */
export const keptText = (ui: Readonly<Record<string, string>>, storage: StorageKind): string => ui[`ui.kept.${storage}`] ?? '';

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
    kept: vars.kept ?? '',
  };
  return fillTemplate(template, (name) => (name in values ? escapeHtml(values[name] ?? '') : undefined));
}

import type { Locale, StaffContent } from '../../content/types';
import { type Boxed, boxed } from '../app/boxed';
import { byLocale } from '../app/load-content';

/**
 * Staff mode's own words (content/<locale>/staff.ts: the call guide's strings and the script
 * lines), one locale at a time, imported from here so that only the staff chunk refers to them
 * and a visitor's conversation never downloads them (test/bench/size-graph.mjs).
 */
export const loadStaffContent: (locale: Locale) => Promise<Boxed<StaffContent>> = byLocale({
  en: () => import('../../content/en/staff').then((m) => boxed(m.staff)),
  es: () => import('../../content/es/staff').then((m) => boxed(m.staff)),
});

import type { LocaleContent } from '../types';
import { first } from './first';
import { ui } from './ui';

/**
 * What opening the panel needs in this language: the panel's labels, the first screen and the
 * first question (first.ts, ui.ts). The rest (rest.ts) loads as the panel opens, in parallel with
 * its first paint (widget/app/load-content.ts; the core's size budget: test/bench/size-graph.mjs).
 */
export const core: LocaleContent = {
  locale: 'es',
  lang: 'es',
  name: 'Español',
  partial: true,
  ui,
  items: first,
};

import type { LocaleContent } from '../types';
import { glossaryItems, glossaryWords } from './glossary';
import { guide } from './guide';
import { help } from './help';
import { recurrence } from './recurrence';
import { safety } from './safety';
import { summaryUi } from './summary';
import { treatment } from './treatment';
import { ui } from './ui';

export const es: LocaleContent = {
  locale: 'es',
  lang: 'es',
  name: 'Español',
  // The summary strings ride with the language they are in: a visitor loads one language. Staff
  // mode's own strings and script lines are in staff.ts, which visitors never load (test/bench/size-graph.mjs).
  ui: { ...ui, ...summaryUi },
  items: { ...guide, ...treatment, ...recurrence, ...help, ...safety, ...glossaryItems },
  glossary: glossaryWords,
};

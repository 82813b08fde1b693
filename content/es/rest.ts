import { SOURCES } from '../sources';
import type { ContentPart } from '../types';
import { glossaryItems, glossaryWords } from './glossary';
import { guide } from './guide';
import { help } from './help';
import { labels } from './labels';
import { recurrence } from './recurrence';
import { safety } from './safety';
import { summaryUi } from './summary';
import { treatment } from './treatment';

/**
 * Everything this language says after the first question: the intake, the results, treatment,
 * recurrence, trials, typed-text replies, the glossary, the summary and hand-off card's strings,
 * and the sources the items cite. A chunk of its own, fetched as the panel opens (or when the
 * browser is idle), so that opening the panel does not wait for it (widget/app/load-content.ts).
 * Staff mode's own strings and script lines are in staff.ts, which visitors never load
 * (test/bench/size-graph.mjs).
 */
export const rest: ContentPart = {
  ui: { ...labels, ...summaryUi },
  items: { ...guide, ...treatment, ...recurrence, ...help, ...safety, ...glossaryItems },
  glossary: glossaryWords,
  sources: SOURCES,
};

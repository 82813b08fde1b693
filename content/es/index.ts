import type { LocaleContent } from '../types';
import { glossaryItems, glossaryWords } from './glossary';
import { guide } from './guide';
import { help } from './help';
import { recurrence } from './recurrence';
import { treatment } from './treatment';
import { ui } from './ui';

export const es: LocaleContent = {
  locale: 'es',
  lang: 'es',
  name: 'Español',
  ui,
  items: { ...guide, ...treatment, ...recurrence, ...help, ...glossaryItems },
  glossary: glossaryWords,
};

import type { LocaleContent } from '../types';
import { glossaryItems, glossaryWords } from './glossary';
import { guide } from './guide';
import { help } from './help';
import { recurrence } from './recurrence';
import { treatment } from './treatment';
import { ui } from './ui';

export const en: LocaleContent = {
  locale: 'en',
  lang: 'en',
  name: 'English',
  ui,
  items: { ...guide, ...treatment, ...recurrence, ...help, ...glossaryItems },
  glossary: glossaryWords,
};

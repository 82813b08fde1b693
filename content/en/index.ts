import type { LocaleContent } from '../types';
import { glossaryItems, glossaryWords } from './glossary';
import { guide } from './guide';
import { help } from './help';
import { recurrence } from './recurrence';
import { staffUi } from './staff';
import { treatment } from './treatment';
import { ui } from './ui';

export const en: LocaleContent = {
  locale: 'en',
  lang: 'en',
  name: 'English',
  // Staff and summary strings ride with the language they are in: a visitor loads one language.
  ui: { ...ui, ...staffUi },
  items: { ...guide, ...treatment, ...recurrence, ...help, ...glossaryItems },
  glossary: glossaryWords,
};

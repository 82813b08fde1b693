import type { LocaleContent } from '../types';
import { withRest } from '../with-part';
import { core } from './core';
import { rest } from './rest';

/**
 * The whole language, its core and its rest, for tests, tools and the review page. The widget
 * loads the two apart (widget/app/load-content.ts) and each topic family on its own.
 */
export const en: LocaleContent = withRest(core, rest);

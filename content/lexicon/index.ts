import { en } from './en';
import { es } from './es';
import type { Lexicon } from './types';

export type { Lexicon, Phrases } from './types';

/** Both languages' phrases, for tests and tools; the widget imports one language's file. */
export const LEXICON: Record<'en' | 'es', Lexicon> = { en, es };

/**
 * Property: a typed answer phrase that is denied or doubted is never recorded as that answer, at
 * any question, in either language, whatever is said around it.
 */
import fc from 'fast-check';
import { LEXICON } from '../../content/lexicon';
import { STEP_IDS, type StepId } from '../../flows';
import { understand } from '../../flows/freetext';
import { stepAt } from './typed-phrases';

const DENIALS = {
  en: [
    (p: string) => `not ${p}`,
    (p: string) => `it is not ${p}`,
    (p: string) => `it isn't ${p}`,
    (p: string) => `it hasn't ${p}`,
    (p: string) => `it was never ${p}`,
    (p: string) => `without ${p}`,
    (p: string) => `no ${p}`,
    (p: string) => `they said it wasn't ${p}`,
    (p: string) => `${p}? no`,
    (p: string) => `I don't think it's ${p}`,
    (p: string) => `maybe ${p}`,
    (p: string) => `I think ${p}`,
    (p: string) => `probably ${p}`,
  ],
  es: [
    (p: string) => `no ${p}`,
    (p: string) => `no es ${p}`,
    (p: string) => `no está ${p}`,
    (p: string) => `sin ${p}`,
    (p: string) => `nunca ${p}`,
    (p: string) => `no fue ${p}`,
    (p: string) => `${p}? no`,
    (p: string) => `creo que ${p}`,
    (p: string) => `quizás ${p}`,
    (p: string) => `tal vez ${p}`,
    (p: string) => `a lo mejor ${p}`,
  ],
} as const;

const AROUND = {
  en: { before: ['', 'well, ', 'the report says ', 'ok so '], after: ['', ' thanks', ', sorry', ' as far as I know'] },
  es: { before: ['', 'bueno, ', 'el informe dice ', 'pues '], after: ['', ' gracias', ', perdón', ' por lo que sé'] },
} as const;

/**
 * Every question step, with each answer it offers and the ways the lexicon lists for typing it.
 * The answer "no" is left out: it is itself a denial, and "no, nope" rightly means no.
 */
const ANSWERED = (['en', 'es'] as const).flatMap((locale) =>
  STEP_IDS.filter((id) => id !== 'intake.age').flatMap((id: StepId) =>
    stepAt(id).options.flatMap((option) => {
      const value = option.event.value;
      if (option.event.type !== 'ANSWER' || typeof value !== 'string' || value === 'no') return [];
      return [...(LEXICON[locale].answers[value] ?? []), value].map((phrase) => ({ locale, id, value, phrase }));
    }),
  ),
);

describe('a denied or doubted answer', () => {
  it('is never recorded as that answer', () => {
    expect(ANSWERED.length).toBeGreaterThan(300);
    const cases = fc.constantFrom(...ANSWERED).chain((c) =>
      fc.record({
        c: fc.constant(c),
        deny: fc.constantFrom(...DENIALS[c.locale]),
        before: fc.constantFrom(...AROUND[c.locale].before),
        after: fc.constantFrom(...AROUND[c.locale].after),
      }),
    );
    fc.assert(
      fc.property(cases, ({ c, deny, before, after }) => {
        const text = `${before}${deny(c.phrase)}${after}`;
        const understood = understand(text, LEXICON[c.locale], stepAt(c.id));
        return !(understood.kind === 'answer' && understood.value === c.value);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('never throws and always says something the widget can act on, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('en', 'es'), fc.constantFrom(...STEP_IDS), (text, locale, id) => {
        const understood = understand(text, LEXICON[locale], stepAt(id));
        return ['event', 'answer', 'unclear', 'thanks', 'otherLanguage', 'none'].includes(understood.kind);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

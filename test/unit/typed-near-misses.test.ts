/**
 * Everyday words that are one or two letters from a phrase word (content/lexicon/shared.ts, KEEP):
 * typo correction must leave them as written, or a parent talking about dinner gets the
 * emergency card and a question about a subsidy gets the crisis line. Each sentence is how a
 * parent might write; none of them is an emergency, a crisis, fear, distress or an answer.
 */
import { LEXICON } from '../../content/lexicon';
import { understand } from '../../flows/freetext';
import type { Locale } from '../../flows';
import { stepAt } from './typed-phrases';

const CALM: readonly [Locale, string, Parameters<typeof stepAt>[0]][] = [
  ['en', 'I was cooking dinner when they called', 'welcome'],
  ['en', 'what is she doing in the hospital all day', 'welcome'],
  ['en', 'we are checking the schedule', 'welcome'],
  ['en', 'the surgical team will meet us', 'treatment.low'],
  ['en', 'my husband shared the report with me', 'welcome'],
  ['en', 'what state programs help with costs', 'welcome'],
  ['en', 'there are fewer appointments now', 'treatment.high.maintenance'],
  ['en', 'we moved to a new city', 'welcome'],
  ['en', 'what about physical therapy', 'treatment.high.maintenance'],
  ['en', 'how is the tumor detected', 'welcome'],
  ['en', 'she is walking fine', 'treatment.low'],
  ['en', 'we knew it all along', 'welcome'],
  ['en', 'she is a lovely girl', 'welcome'],
  ['en', 'her counts decreased this week', 'treatment.high.induction'],
  ['en', 'he is showering now', 'welcome'],
  ['en', 'she ate chilli for dinner', 'welcome'],
  ['es', 'ahora estamos en casa', 'welcome'],
  ['es', 'cuando empieza el tratamiento', 'welcome'],
  ['es', 'ha estado muy tranquila', 'welcome'],
  ['es', 'hay algún subsidio para las familias', 'welcome'],
  ['es', 'qué es esta enfermedad', 'welcome'],
  ['es', 'le hicieron un análisis de sangre', 'welcome'],
  ['es', 'está acostado en la cama', 'welcome'],
  ['es', 'no he entendido la palabra', 'welcome'],
  ['es', 'la medicina le sienta bien', 'treatment.low'],
  ['es', '¿tenemos que seguir viniendo al hospital?', 'welcome'],
  ['es', 'el dolor sigue volviendo', 'welcome'],
  ['es', 'no puedo aguardar los resultados', 'welcome'],
  ['es', 'el médico no puede opinar todavía', 'welcome'],
  ['es', 'el bebé chilla cuando tiene hambre', 'welcome'],
];

const ALARMS = ['EMERGENCY', 'URGENT', 'CRISIS', 'FEAR', 'DISTRESS'];

it.each(CALM)('(%s) "%s" at %s raises no alarm and records no answer', (locale, text, step) => {
  const understood = understand(text, LEXICON[locale], stepAt(step));
  expect(understood.kind).not.toBe('answer');
  if (understood.kind === 'event') expect(ALARMS).not.toContain(understood.event.type);
});

it('still corrects a real typo next to those words', () => {
  expect(understand('she has a feaver', LEXICON.en, stepAt('welcome'))).toEqual({ kind: 'event', event: { type: 'URGENT' } });
  expect(understand('tiene convulsiónes', LEXICON.es, stepAt('welcome'))).toEqual({ kind: 'event', event: { type: 'URGENT' } });
});

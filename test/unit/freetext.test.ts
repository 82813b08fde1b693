import { LEXICON } from '../../content/lexicon';
import { GLOSSARY_TERMS, STEP_IDS, classifyRisk, currentStep, helplineMachine, type HelplineEvent, type RiskFacts, type Step } from '../../flows';
import { normalize, understand, type MatchStep } from '../../flows/freetext';
import { readAge } from '../../flows/read-age';
import { readMessage } from '../../flows/phrase-match';
import { walker } from '../fixtures/walker';

/** What the machine hears from a typed message: an event, an answer (once confirmed), or nothing. */
function matchText(text: string, lexicon: (typeof LEXICON)['en'], step?: MatchStep): HelplineEvent | null {
  const understood = understand(text, lexicon, step);
  if (understood.kind === 'event') return understood.event;
  if (understood.kind === 'answer') return { type: 'ANSWER', value: understood.value };
  return null;
}

/** A step as the machine describes it, read straight from the state's meta. */
function stepAt(id: string): Step {
  const node = helplineMachine.getStateNodeById(`helpline.${id}`);
  return currentStep({ getMeta: () => ({ [`helpline.${id}`]: node.meta }), context: { facts: {}, asked: [] } });
}

const questions = STEP_IDS.map(stepAt).filter((step) => step.options.some((option) => option.event.type === 'ANSWER'));

describe('the free-text matcher', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalize('¿Qué es el MYCN?')).toBe('que es el mycn');
    expect(normalize('I don’t know')).toBe('i dont know');
    expect(normalize('1.5 years.')).toBe('1.5 years');
  });

  it.each([
    ['en', 'My baby is not breathing'],
    ['en', 'EMERGENCY'],
    ['es', 'mi hijo no respira'],
    ['es', '¡Emergencia!'],
  ] as const)('sends %s "%s" to the emergency step before anything else', (locale, text) => {
    expect(matchText(text, LEXICON[locale], stepAt('intake.mycn'))).toEqual({ type: 'EMERGENCY' });
  });

  it('checks emergency words before a question about a word', () => {
    expect(matchText('what is MYCN, he is not breathing', LEXICON.en)).toEqual({ type: 'EMERGENCY' });
  });

  it.each([
    ['en', 'I want to talk to someone', { type: 'HANDOFF' }],
    ['es', 'Quiero hablar con alguien', { type: 'HANDOFF' }],
    ['en', 'what is MYCN?', { type: 'EXPLAIN_TERM', term: 'mycn' }],
    ['es', '¿Qué es MYCN?', { type: 'EXPLAIN_TERM', term: 'mycn' }],
    ['en', 'stem cell', { type: 'EXPLAIN_TERM', term: 'stemCellTransplant' }],
    ['es', 'trasplante de células madre', { type: 'EXPLAIN_TERM', term: 'stemCellTransplant' }],
    ['en', 'What is a clinical trial?', { type: 'EXPLAIN_TERM', term: 'clinicalTrial' }],
    ['en', 'are there clinical trials', { type: 'TRIALS' }],
    ['en', 'the cancer came back', { type: 'RECURRENCE' }],
    ['es', 'el cáncer volvió', { type: 'RECURRENCE' }],
    ['en', 'go back', { type: 'BACK' }],
    ['es', 'volver a empezar', { type: 'RESTART' }],
    ['en', 'what should I ask the doctor', { type: 'QUESTIONS' }],
    ['en', 'tell me about treatment', { type: 'LEARN' }],
  ] as const)('reads %s "%s" anywhere', (locale, text, event) => {
    expect(matchText(text, LEXICON[locale], stepAt('welcome'))).toEqual(event);
    expect(matchText(text, LEXICON[locale])).toEqual(event);
  });

  it('answers the question on screen by its words', () => {
    const mycn = stepAt('intake.mycn');
    expect(matchText('it is amplified', LEXICON.en, mycn)).toEqual({ type: 'ANSWER', value: 'amplified' });
    expect(matchText('NOT amplified', LEXICON.en, mycn)).toEqual({ type: 'ANSWER', value: 'not-amplified' });
    expect(matchText('no está amplificado', LEXICON.es, mycn)).toEqual({ type: 'ANSWER', value: 'not-amplified' });
    expect(matchText("I don't know", LEXICON.en, mycn)).toEqual({ type: 'ANSWER', value: 'unknown' });
    expect(matchText('no sé', LEXICON.es, mycn)).toEqual({ type: 'ANSWER', value: 'unknown' });
    expect(matchText('sí', LEXICON.es, stepAt('knowsGroup'))).toEqual({ type: 'ANSWER', value: 'yes' });
    expect(matchText('yes', LEXICON.en, stepAt('intake.symptoms'))).toEqual({ type: 'ANSWER', value: 'yes' });
  });

  it('reads an answer only where the step asks for it', () => {
    expect(matchText('amplified', LEXICON.en, stepAt('intake.histology'))).toBeNull();
    expect(matchText('yes', LEXICON.en, stepAt('welcome'))).toBeNull();
  });

  it('explains the question on screen when asked what it means', () => {
    expect(matchText('what does this mean?', LEXICON.en, stepAt('intake.ploidy'))).toEqual({ type: 'EXPLAIN' });
    expect(matchText('¿qué significa esto?', LEXICON.es, stepAt('intake.ploidy'))).toEqual({ type: 'EXPLAIN' });
    expect(matchText('what does this mean?', LEXICON.en, stepAt('treatment.low'))).toBeNull();
  });

  it('reads a typed age as months, only with a unit', () => {
    const age = stepAt('intake.age');
    expect(matchText('8 months', LEXICON.en, age)).toEqual({ type: 'ANSWER', value: 8 });
    expect(matchText('she was 2 years and 6 months old', LEXICON.en, age)).toEqual({ type: 'ANSWER', value: 30 });
    expect(matchText('dos años', LEXICON.es, age)).toEqual({ type: 'ANSWER', value: 24 });
    expect(matchText('tenía un tumor a los 8 meses', LEXICON.es, age)).toEqual({ type: 'ANSWER', value: 8 });
    expect(readAge(readMessage('1.5 years').words, LEXICON.en.age)).toEqual({ kind: 'age', months: 18, rough: false });
    expect(readAge(readMessage('6 weeks').words, LEXICON.en.age)).toEqual({ kind: 'age', months: 1.4, rough: false });
    expect(understand('2', LEXICON.en, age)).toEqual({ kind: 'unclear', reason: 'noUnit' });
  });

  it('says it did not understand rather than guess', () => {
    for (const text of ['', '   ', 'asdf qwerty', 'the weather is nice', 'know', '🙂']) {
      expect(matchText(text, LEXICON.en, stepAt('intake.mycn')), text).toBeNull();
    }
  });

  it('knows every glossary word, in both languages', () => {
    const ask = { en: 'what is', es: '¿qué es' };
    for (const locale of ['en', 'es'] as const) {
      expect(Object.keys(LEXICON[locale].terms).sort()).toEqual([...GLOSSARY_TERMS].sort());
      for (const term of GLOSSARY_TERMS) {
        for (const phrase of LEXICON[locale].terms[term] ?? []) {
          const question = `${ask[locale]} ${phrase}?`;
          expect(matchText(question, LEXICON[locale], stepAt('treatment.low')), `${locale} ${question}`).toEqual({ type: 'EXPLAIN_TERM', term });
        }
      }
    }
  });

  it('takes a bare topic word as the topic, and a question about it as the glossary word', () => {
    expect(matchText('relapse', LEXICON.en)).toEqual({ type: 'RECURRENCE' });
    expect(matchText('what is a relapse', LEXICON.en)).toEqual({ type: 'EXPLAIN_TERM', term: 'relapse' });
  });

  it('reads every listed way of giving an answer as that answer, at every step that offers it', () => {
    let checked = 0;
    for (const locale of ['en', 'es'] as const) {
      for (const step of questions) {
        for (const option of step.options) {
          const value = option.event.value;
          if (option.event.type !== 'ANSWER' || typeof value !== 'string') continue;
          for (const phrase of LEXICON[locale].answers[value] ?? []) {
            expect(matchText(phrase, LEXICON[locale], step), `${locale} ${step.id} "${phrase}"`).toEqual({ type: 'ANSWER', value });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('typing through the conversation', () => {
  const AGES = { en: (months: number) => `${months} months`, es: (months: number) => `${months} meses` };

  /** Types the first listed phrase for each answer, and ages in words. */
  function typeThrough(locale: 'en' | 'es', facts: RiskFacts) {
    const actor = walker(locale);
    const type = (text: string) => {
      const event = matchText(text, LEXICON[locale], currentStep(actor.getSnapshot()));
      expect(event, `${locale} "${text}" at ${currentStep(actor.getSnapshot()).id}`).not.toBeNull();
      actor.send(event as HelplineEvent);
    };
    const first = (value: string) => LEXICON[locale].answers[value]?.[0] ?? value;
    type(locale === 'en' ? 'I want to learn about treatment' : 'quiero aprender sobre el tratamiento');
    type(first('parent'));
    type(first('no'));
    for (let step = currentStep(actor.getSnapshot()); step.field; step = currentStep(actor.getSnapshot())) {
      const value = facts[step.field];
      if (step.field === 'ageMonths') type(AGES[locale](value as number));
      else if (step.field === 'symptomatic') type(first(value ? 'yes' : 'no'));
      else type(first(String(value)));
    }
    return actor;
  }

  it.each(['en', 'es'] as const)('reaches the right estimate and treatment in %s', (locale) => {
    const cases: RiskFacts[] = [
      { inrgStage: 'L1', mycn: 'not-amplified' },
      { inrgStage: 'L1', mycn: 'amplified', resection: 'incomplete' },
      { inrgStage: 'L2', ageMonths: 30, mycn: 'not-amplified', histology: 'unfavorable' },
      { inrgStage: 'M', ageMonths: 30 },
      { inrgStage: 'M', ageMonths: 14, mycn: 'not-amplified', histology: 'favorable', ploidy: 'diploid' },
      {
        inrgStage: 'MS',
        ageMonths: 8,
        mycn: 'not-amplified',
        histology: 'favorable',
        ploidy: 'hyperdiploid',
        chr11q: 'normal',
        chr1p: 'normal',
        symptomatic: false,
      },
      {
        inrgStage: 'MS',
        ageMonths: 8,
        mycn: 'not-amplified',
        histology: 'favorable',
        ploidy: 'hyperdiploid',
        chr11q: 'aberrant',
        chr1p: 'normal',
        symptomatic: true,
      },
    ];
    for (const facts of cases) {
      const actor = typeThrough(locale, facts);
      const expected = classifyRisk(facts).group;
      expect(currentStep(actor.getSnapshot()).id, JSON.stringify(facts)).toBe(`risk.${expected}`);
    }
  });

  it('answers a recurrence question by typing', () => {
    const actor = walker('es');
    for (const text of ['volvió el cáncer', 'riesgo alto', 'en el cerebro']) {
      actor.send(matchText(text, LEXICON.es, currentStep(actor.getSnapshot())) as HelplineEvent);
    }
    expect(currentStep(actor.getSnapshot()).id).toBe('recurrence.cns');
  });
});

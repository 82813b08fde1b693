import { LEXICON } from '../../content/lexicon';
import { AGE_BANDS, RISK_AGE_LINES, ageBand, ageBandOf, choiceLabel } from '../../flows';
import { readAge } from '../../flows/read-age';
import { readMessage } from '../../flows/phrase-match';
import { stepAt } from './typed-phrases';

const age = (text: string, locale: 'en' | 'es' = 'en') => readAge(readMessage(text).words, LEXICON[locale].age);
const months = (n: number, rough = false) => ({ kind: 'age', months: n, rough });

describe('reading a typed age', () => {
  it.each([
    ['17 and a half months', 17.5],
    ['one and a half years', 18],
    ['a year and a half', 18],
    ['1.5 years', 18],
    ['1½ years', 18],
    ['1 1/2 years', 18],
    ['2 and a half years', 30],
    ['half a year', 6],
    ['18 mo', 18],
    ['18mo', 18],
    ['2yo', 24],
    ['2 y.o.', 24],
    ['two years and three months', 27],
    ['twenty four months', 24],
    ['6 weeks', 1.4],
    ['10 days old', 0.3],
    ['she was 8 months old when they found it', 8],
  ])('English "%s" is %d months', (text, expected) => {
    expect(age(text)).toEqual(months(expected));
  });

  it.each([
    ['un año y medio', 18],
    ['año y medio', 18],
    ['1,5 años', 18],
    ['diecisiete meses y medio', 17.5],
    ['dos años y tres meses', 27],
    ['dos años y medio', 30],
    ['medio año', 6],
    ['treinta y seis meses', 36],
    ['6 semanas', 1.4],
    ['tenía un tumor a los 8 meses', 8],
  ])('Spanish "%s" is %d months', (text, expected) => {
    expect(age(text, 'es')).toEqual(months(expected));
  });

  it('notes an age given roughly', () => {
    expect(age('almost 18 months')).toEqual(months(18, true));
    expect(age('casi un año', 'es')).toEqual(months(12, true));
  });

  it('is unsure of a number without its unit', () => {
    for (const text of ['3', '½', '1.5', 'she was 3', 'he was 2, diagnosed a month ago'])
      expect(age(text), text).toEqual({ kind: 'unsure', noUnit: true });
    expect(age('tenía 2', 'es')).toEqual({ kind: 'unsure', noUnit: true });
  });

  it('is unsure of a vague age, or one no child has', () => {
    for (const text of ['a few months', '35 years']) expect(age(text), text).toEqual({ kind: 'unsure', noUnit: false });
  });

  it('reads a newborn as under a month', () => {
    expect(age('he was a newborn')).toEqual(months(0));
    expect(age('era recién nacida', 'es')).toEqual(months(0));
    expect(age('a newborn, 3 weeks old')).toEqual(months(0.7));
  });

  it('leaves out how long ago it was found', () => {
    for (const text of ['they found it a month ago', 'two years ago', 'half a year ago']) expect(age(text), text).toEqual({ kind: 'ago' });
    for (const text of ['hace un mes', 'hace unos 2 meses', 'hace año y medio', 'hace medio año', 'dos meses atrás'])
      expect(age(text, 'es'), text).toEqual({ kind: 'ago' });
    expect(age('found 2 weeks ago, at 8 months')).toEqual(months(8));
    expect(age('hace 3 semanas, con 8 meses', 'es')).toEqual(months(8));
  });

  it('finds no age where there is none', () => {
    for (const text of ['not sure', 'months', 'I have no idea', 'whats a bone marrow test']) expect(age(text), text).toEqual({ kind: 'none' });
    expect(age('¿qué es una biopsia?', 'es')).toEqual({ kind: 'none' });
  });
});

describe('the age bands of the intake table', () => {
  it('each lie inside one band of the risk table, and the lines between risk bands are 12 and 18 months', () => {
    for (const [i, band] of AGE_BANDS.entries()) {
      const next = AGE_BANDS[i + 1];
      expect(ageBand(band.from)).toBe(ageBand(next ? next.from - 0.01 : 240));
      expect(ageBandOf(band.months)).toBe(band);
    }
    expect(RISK_AGE_LINES).toEqual([12, 18]);
  });

  it('are the age question’s buttons, each sending an age inside its band', () => {
    const buttons = stepAt('intake.age').options.filter((o) => o.event.type === 'ANSWER' && typeof o.event.value === 'number');
    expect(buttons.map((o) => [o.label, o.event.value])).toEqual(AGE_BANDS.map((b) => [b.label, b.months]));
  });

  it('name a typed age by its band', () => {
    expect(choiceLabel('ageMonths', 17.5)).toBe('opt.age.12to17m');
    expect(choiceLabel('ageMonths', 30)).toBe('opt.age.18mPlus');
    expect(choiceLabel('ageMonths', 0.3)).toBe('opt.age.under6m');
    expect(choiceLabel('mycn', 'not-amplified')).toBe('opt.mycn.notAmplified');
    expect(choiceLabel('symptomatic', false)).toBe('opt.no');
  });
});

/**
 * What typed English means at each step: the phrase table of the safe-conversation work. Written
 * from how parents write (forums, helpline notes), not from the phrase lists in content/lexicon/,
 * so a gap in the lists shows up here as a failure.
 */
import { LEXICON } from '../../content/lexicon';
import { understand } from '../../flows/freetext';
import {
  askBand,
  conflict,
  event,
  fact,
  hedged,
  negated,
  none,
  otherLanguage,
  plain,
  sideEffects,
  stepAt,
  term,
  type Row,
} from './typed-phrases';

const ENGLISH: readonly Row[] = [
  // Stage: a negated "spread" is not a stage (L1 and L2 both fit); hedges and two stages ask.
  ["it hasn't spread", 'intake.stage', negated],
  ['it has not spread anywhere', 'intake.stage', negated],
  ["the tumor didn't spread", 'intake.stage', negated],
  ['No spread', 'intake.stage', negated],
  ['it never spread', 'intake.stage', negated],
  ['not metastatic', 'intake.stage', negated],
  ["it isn't metastatic", 'intake.stage', negated],
  ['without metastasis', 'intake.stage', negated],
  ["they said it hasn't spread to other organs", 'intake.stage', negated],
  ['it has spread', 'intake.stage', fact('M')],
  ['it spread to his bones', 'intake.stage', fact('M')],
  ['Stage 4', 'intake.stage', fact('M')],
  ['stage four', 'intake.stage', fact('M')],
  ['metastatic', 'intake.stage', fact('M')],
  ['it has sprad', 'intake.stage', fact('M')],
  ['metastatc', 'intake.stage', fact('M')],
  ['L1', 'intake.stage', fact('L1')],
  ["it's L2", 'intake.stage', fact('L2')],
  ['stage MS', 'intake.stage', fact('MS')],
  ['stage 4S', 'intake.stage', fact('MS')],
  ["it's not L1, it's L2", 'intake.stage', fact('L2')],
  ['maybe it spread', 'intake.stage', hedged],
  ['I think it has spread', 'intake.stage', hedged],
  ['probably L2', 'intake.stage', hedged],
  ["I don't think it spread", 'intake.stage', hedged],
  ['L1 or L2', 'intake.stage', conflict],
  ['I have no idea', 'intake.stage', fact('unknown')],
  ["we don't know yet", 'intake.stage', fact('unknown')],

  // MYCN
  ["it wasn't amplified", 'intake.mycn', fact('not-amplified')],
  ['not amplified', 'intake.mycn', fact('not-amplified')],
  ['MYCN is not amplified', 'intake.mycn', fact('not-amplified')],
  ['non-amplified', 'intake.mycn', fact('not-amplified')],
  ['there is no MYCN amplification', 'intake.mycn', fact('not-amplified')],
  ["it's never been amplified", 'intake.mycn', fact('not-amplified')],
  ["it is amplified", 'intake.mycn', fact('amplified')],
  ['amplifed', 'intake.mycn', fact('amplified')],
  ['MYCN amplification', 'intake.mycn', fact('amplified')],
  ['yes, amplified', 'intake.mycn', fact('amplified')],
  ["I think it's amplified", 'intake.mycn', hedged],
  ['maybe not amplified', 'intake.mycn', hedged],
  ['possibly amplified', 'intake.mycn', hedged],
  ['amplified, not amplified', 'intake.mycn', conflict],
  ["I don't know", 'intake.mycn', fact('unknown')],
  ['no', 'intake.mycn', none],

  // Histology
  ['not favorable', 'intake.histology', fact('unfavorable')],
  ['no favorable', 'intake.histology', fact('unfavorable')],
  ['it was not favourable', 'intake.histology', fact('unfavorable')],
  ['the histology was not good', 'intake.histology', fact('unfavorable')],
  ['favorable', 'intake.histology', fact('favorable')],
  ['favourable histology', 'intake.histology', fact('favorable')],
  ['favorible', 'intake.histology', fact('favorable')],
  ['it was unfavorable', 'intake.histology', fact('unfavorable')],
  ['unfavorible', 'intake.histology', fact('unfavorable')],
  ["it wasn't unfavorable", 'intake.histology', fact('favorable')],
  ['probably favorable', 'intake.histology', hedged],
  ['I guess unfavorable', 'intake.histology', hedged],

  // Ploidy, 11q and 1p
  ['hyperdiploid', 'intake.ploidy', fact('hyperdiploid')],
  ['hyperdiployd', 'intake.ploidy', fact('hyperdiploid')],
  ['diploid', 'intake.ploidy', fact('diploid')],
  ['not hyperdiploid', 'intake.ploidy', fact('diploid')],
  ['maybe hyperdiploid', 'intake.ploidy', hedged],
  ['normal', 'intake.chr11q', fact('normal')],
  ['there was a deletion', 'intake.chr11q', fact('aberrant')],
  ['no deletion', 'intake.chr11q', fact('normal')],
  ['not normal', 'intake.chr11q', fact('aberrant')],
  ['11q loss', 'intake.chr11q', fact('aberrant')],
  ['no loss', 'intake.chr1p', fact('normal')],
  ['1p deleted', 'intake.chr1p', fact('aberrant')],

  // Surgery
  ['they removed all of it', 'intake.resection', fact('complete')],
  ['completely removed', 'intake.resection', fact('complete')],
  ['they could not remove all of it', 'intake.resection', fact('incomplete')],
  ['not completely', 'intake.resection', fact('incomplete')],
  ['partial', 'intake.resection', fact('incomplete')],
  ['I think they got everything', 'intake.resection', hedged],

  // Symptoms
  ['yes', 'intake.symptoms', fact('yes')],
  ['no', 'intake.symptoms', fact('no')],
  ['she has symptoms', 'intake.symptoms', fact('yes')],
  ['no symptoms', 'intake.symptoms', fact('no')],
  ['maybe', 'intake.symptoms', hedged],

  // Ages: near 12 or 18 months, or a bare number, the band is asked with buttons.
  ['17 and a half months', 'intake.age', askBand],
  ['one and a half years', 'intake.age', askBand],
  ['a year and a half', 'intake.age', askBand],
  ['1.5 years', 'intake.age', askBand],
  ['1½ years', 'intake.age', askBand],
  ['18 mo', 'intake.age', askBand],
  ['12 months', 'intake.age', askBand],
  ['one year old', 'intake.age', askBand],
  ['nearly a year', 'intake.age', askBand],
  ['almost 18 months', 'intake.age', askBand],
  ['she was 3', 'intake.age', askBand],
  ['2yo', 'intake.age', fact(24)],
  ['2 years old', 'intake.age', fact(24)],
  ['8 months', 'intake.age', fact(8)],
  ['eight months old', 'intake.age', fact(8)],
  ['twenty months', 'intake.age', fact(20)],
  ['two years and three months', 'intake.age', fact(27)],
  ['4 years', 'intake.age', fact(48)],
  ['11 months', 'intake.age', fact(11)],
  ['13 months', 'intake.age', fact(13)],
  ['about 9 months', 'intake.age', fact(9)],
  ['3 mo', 'intake.age', fact(3)],
  ['he was diagnosed at 5 years', 'intake.age', fact(60)],
  ['half a year', 'intake.age', fact(6)],
  ['6 weeks', 'intake.age', fact(1.4)],
  ['10 days old', 'intake.age', fact(0.3)],
  ['2 and a half years', 'intake.age', fact(30)],
  ['24 months', 'intake.age', fact(24)],
  ['not sure', 'intake.age', fact('unknown')],

  // Who is asking and whether they know the group: recorded at once, no confirmation.
  ["I'm her mom", 'audience', plain('parent')],
  ['I am the dad', 'audience', plain('parent')],
  ["I'm the patient", 'audience', plain('patient')],
  ["I'm a nurse", 'audience', plain('professional')],
  ['grandma', 'audience', plain('family')],
  ["I'm his aunt", 'audience', plain('family')],
  ['parnet', 'audience', plain('parent')],
  ['yes', 'knowsGroup', plain('yes')],
  ['yes they told us', 'knowsGroup', plain('yes')],
  ['no', 'knowsGroup', plain('no')],
  ["I'm not sure", 'knowsGroup', plain('unknown')],
  ['no idea', 'knowsGroup', plain('unknown')],

  // The group the care team gave, and the first group and the place of a recurrence: confirmed.
  ['high risk', 'pickGroup', fact('high')],
  ['intermediate', 'pickGroup', fact('intermediate')],
  ['intermediat', 'pickGroup', fact('intermediate')],
  ["it's not high risk", 'pickGroup', negated],
  ['low or intermediate', 'pickGroup', conflict],
  ['I think high risk', 'pickGroup', hedged],
  ['it was high risk', 'recurrence.firstGroup', fact('high')],
  ['low', 'recurrence.firstGroup', fact('low')],
  ['in the brain', 'recurrence.where', fact('cns')],
  ['same place', 'recurrence.where', fact('same')],
  ['somewhere else', 'recurrence.where', fact('elsewhere')],
  ['not in the same place', 'recurrence.where', negated],

  // Life-threatening now: 911, whatever else the message says.
  ['she stopped breathing', 'welcome', event('EMERGENCY')],
  ["he's not breathing", 'intake.mycn', event('EMERGENCY')],
  ['my son is unconscious', 'audience', event('EMERGENCY')],
  ['he is choking', 'welcome', event('EMERGENCY')],
  ["I don't know what to do, she stopped breathing", 'intake.stage', event('EMERGENCY')],
  ['call 911', 'welcome', event('EMERGENCY')],
  ['her lips are turning blue', 'welcome', event('EMERGENCY')],
  ['he took an overdose', 'welcome', event('EMERGENCY')],

  // Urgent symptoms during treatment: the care team's 24-hour number now.
  ['my child has a fever', 'welcome', event('URGENT')],
  ['fever 39', 'intake.stage', event('URGENT')],
  ['temperature of 101', 'welcome', event('URGENT')],
  ['she has a temperature of 38.5', 'treatment.low', event('URGENT')],
  ['trouble breathing', 'welcome', event('URGENT')],
  ['he is having trouble breathing', 'intake.mycn', event('URGENT')],
  ['he is bleeding a lot', 'welcome', event('URGENT')],
  ["she can't move her legs", 'welcome', event('URGENT')],
  ["he's having a seizure", 'welcome', event('URGENT')],
  ["she won't wake up", 'welcome', event('URGENT')],
  ['severe pain', 'welcome', event('URGENT')],
  ['he is in so much pain', 'treatment.high.induction', event('URGENT')],
  ['my daughter has a fever of 38.3 during chemo', 'welcome', event('URGENT')],
  ['her legs are numb', 'welcome', event('URGENT')],
  ['he feels feverish', 'welcome', event('URGENT')],
  ["I don't know what to do, he has a fever", 'welcome', event('URGENT')],
  ['siezure', 'welcome', event('URGENT')],
  ['no fever', 'welcome', none],
  ["he doesn't have a fever", 'welcome', none],
  ['temperature 37', 'welcome', none],

  // Emotional crisis: 988 and the helpline, every time.
  ['I want to die', 'welcome', event('CRISIS')],
  ["I can't go on", 'intake.age', event('CRISIS')],
  ["I'm going to kill myself", 'welcome', event('CRISIS')],
  ["I don't want to live anymore", 'welcome', event('CRISIS')],
  ['I want to hurt myself', 'welcome', event('CRISIS')],
  ['I feel suicidal', 'welcome', event('CRISIS')],
  ["I can't do this anymore", 'welcome', event('CRISIS')],
  ['thinking about ending my life', 'welcome', event('CRISIS')],

  // Prognosis and fear: a humane answer and a person, no statistics.
  ['will my child die', 'welcome', event('FEAR')],
  ['is my son going to die?', 'intake.stage', event('FEAR')],
  ['what are the chances', 'welcome', event('FEAR')],
  ['what is the survival rate', 'welcome', event('FEAR')],
  ["I'm so scared", 'welcome', event('FEAR')],
  ['I am terrified', 'treatment.high.overview', event('FEAR')],
  ["what's the prognosis", 'welcome', event('FEAR')],
  ["I'm afraid", 'welcome', event('FEAR')],
  ['can she survive this', 'welcome', event('FEAR')],

  // Side effects of treatment.
  ['what are the side effects', 'welcome', sideEffects],
  ['what are the side effects of chemo', 'treatment.low', sideEffects],
  ['hair loss', 'welcome', sideEffects],
  ['nausea', 'welcome', sideEffects],
  ['she keeps throwing up after chemo', 'welcome', sideEffects],
  ['mouth sores', 'welcome', sideEffects],
  ['hearing loss', 'welcome', sideEffects],

  // Reaching a person, moving around, words and topics.
  ['help', 'welcome', event('HANDOFF')],
  ['I need to talk to someone', 'intake.stage', event('HANDOFF')],
  ['can I speak to a real person', 'welcome', event('HANDOFF')],
  ['start over', 'intake.mycn', event('RESTART')],
  ["I don't want to start over", 'intake.mycn', none],
  ['go back', 'intake.mycn', event('BACK')],
  ['what does this mean?', 'intake.mycn', event('EXPLAIN')],
  ['what is MYCN', 'intake.stage', term('mycn')],
  ['what is a stem cell transplant', 'welcome', term('stemCellTransplant')],
  ['are there clinical trials', 'welcome', event('TRIALS')],
  ['the cancer came back', 'welcome', event('RECURRENCE')],
  ['tell me about treatment', 'welcome', event('LEARN')],
  ['what should I ask the doctor', 'welcome', event('QUESTIONS')],

  // Nothing to do with the conversation: the honest last resort.
  ["what's the weather", 'welcome', none],
  ['asdfgh', 'intake.mycn', none],
  ['pizza', 'welcome', none],
  ['who won the game last night', 'welcome', none],
  ['ok', 'intake.stage', none],

  // Spanish in the English widget: offer to switch.
  ['¿qué es el neuroblastoma?', 'welcome', otherLanguage('es')],
  ['quiero hablar con alguien', 'welcome', otherLanguage('es')],
  ['no sé cuál es el riesgo de mi hija', 'intake.stage', otherLanguage('es')],
  ['mi hija tiene ocho meses', 'intake.age', otherLanguage('es')],
  // ...but a Spanish emergency or crisis is never delayed by the language offer.
  ['mi hijo tiene fiebre', 'welcome', event('URGENT')],
  ['mi hija no respira', 'welcome', event('EMERGENCY')],
  ['quiero morir', 'welcome', event('CRISIS')],
];

describe('typed English, read at each step', () => {
  it('has at least 150 phrases', () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ENGLISH)('"%s" at %s', (text, step, expected) => {
    expect(understand(text, LEXICON.en, stepAt(step))).toEqual(expected);
  });
});

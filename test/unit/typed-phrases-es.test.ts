/**
 * What typed Spanish means at each step: the phrase table of the safe-conversation work. Written
 * from how families write (forums, helpline notes), not from the phrase lists in content/lexicon/,
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

const SPANISH: readonly Row[] = [
  // Estadio: "no se ha extendido" no es un estadio (L1 y L2 encajan).
  ['no se ha extendido', 'intake.stage', negated],
  ['no se extendió', 'intake.stage', negated],
  ['el tumor no se ha diseminado', 'intake.stage', negated],
  ['sin metástasis', 'intake.stage', negated],
  ['nunca se extendió', 'intake.stage', negated],
  ['no es metastásico', 'intake.stage', negated],
  ['no hay metástasis', 'intake.stage', negated],
  ['se ha extendido', 'intake.stage', fact('M')],
  ['se extendió a los huesos', 'intake.stage', fact('M')],
  ['estadio 4', 'intake.stage', fact('M')],
  ['estadio cuatro', 'intake.stage', fact('M')],
  ['metastásico', 'intake.stage', fact('M')],
  ['tiene metástasis', 'intake.stage', fact('M')],
  ['metastasico', 'intake.stage', fact('M')],
  ['diseminado', 'intake.stage', fact('M')],
  ['diseminada', 'intake.stage', fact('M')],
  ['L1', 'intake.stage', fact('L1')],
  ['es L2', 'intake.stage', fact('L2')],
  ['estadio MS', 'intake.stage', fact('MS')],
  ['no es L1, es L2', 'intake.stage', fact('L2')],
  ['creo que se ha extendido', 'intake.stage', hedged],
  ['quizás L2', 'intake.stage', hedged],
  ['tal vez se extendió', 'intake.stage', hedged],
  ['a lo mejor es L1', 'intake.stage', hedged],
  ['probablemente metastásico', 'intake.stage', hedged],
  ['L1 o L2', 'intake.stage', conflict],
  ['no sé', 'intake.stage', fact('unknown')],
  ['no lo sabemos todavía', 'intake.stage', fact('unknown')],

  // MYCN
  ['no está amplificado', 'intake.mycn', fact('not-amplified')],
  ['no amplificado', 'intake.mycn', fact('not-amplified')],
  ['MYCN no amplificado', 'intake.mycn', fact('not-amplified')],
  ['sin amplificación', 'intake.mycn', fact('not-amplified')],
  ['nunca estuvo amplificado', 'intake.mycn', fact('not-amplified')],
  ['no hay amplificación de MYCN', 'intake.mycn', fact('not-amplified')],
  ['amplificado', 'intake.mycn', fact('amplified')],
  ['está amplificado', 'intake.mycn', fact('amplified')],
  ['amplificada', 'intake.mycn', fact('amplified')],
  ['amplificacion de MYCN', 'intake.mycn', fact('amplified')],
  ['amplifcado', 'intake.mycn', fact('amplified')],
  ['creo que está amplificado', 'intake.mycn', hedged],
  ['quizás no amplificado', 'intake.mycn', hedged],
  ['puede que esté amplificado', 'intake.mycn', hedged],
  ['amplificado, no amplificado', 'intake.mycn', conflict],
  ['no lo sé', 'intake.mycn', fact('unknown')],
  ['no', 'intake.mycn', none],

  // Histología
  ['no favorable', 'intake.histology', fact('unfavorable')],
  ['no es favorable', 'intake.histology', fact('unfavorable')],
  ['histología no favorable', 'intake.histology', fact('unfavorable')],
  ['favorable', 'intake.histology', fact('favorable')],
  ['histología favorable', 'intake.histology', fact('favorable')],
  ['desfavorable', 'intake.histology', fact('unfavorable')],
  ['fue desfavorable', 'intake.histology', fact('unfavorable')],
  ['favorble', 'intake.histology', fact('favorable')],
  ['desfaborable', 'intake.histology', fact('unfavorable')],
  ['no era desfavorable', 'intake.histology', fact('favorable')],
  ['creo que favorable', 'intake.histology', hedged],
  ['tal vez desfavorable', 'intake.histology', hedged],

  // Ploidía, 11q y 1p
  ['hiperdiploide', 'intake.ploidy', fact('hyperdiploid')],
  ['hiperdiploid', 'intake.ploidy', fact('hyperdiploid')],
  ['diploide', 'intake.ploidy', fact('diploid')],
  ['no es hiperdiploide', 'intake.ploidy', fact('diploid')],
  ['hipodiploide', 'intake.ploidy', fact('hypodiploid')],
  ['tiene menos cromosomas de lo normal', 'intake.ploidy', fact('hypodiploid')],
  ['normal', 'intake.chr11q', fact('normal')],
  ['hay una deleción', 'intake.chr11q', fact('aberrant')],
  ['sin deleción', 'intake.chr11q', fact('normal')],
  ['no es normal', 'intake.chr11q', fact('aberrant')],
  ['pérdida de 11q', 'intake.chr11q', fact('aberrant')],
  ['sin pérdida', 'intake.chr1p', fact('normal')],
  ['alterado', 'intake.chr1p', fact('aberrant')],

  // Cirugía
  ['lo quitaron todo', 'intake.resection', fact('complete')],
  ['completa', 'intake.resection', fact('complete')],
  ['no pudieron quitarlo todo', 'intake.resection', fact('incomplete')],
  ['no completamente', 'intake.resection', fact('incomplete')],
  ['parcial', 'intake.resection', fact('incomplete')],
  ['quedó una parte', 'intake.resection', fact('incomplete')],
  ['creo que lo sacaron todo', 'intake.resection', hedged],

  // Síntomas
  ['sí', 'intake.symptoms', fact('yes')],
  ['si', 'intake.symptoms', fact('yes')],
  ['no', 'intake.symptoms', fact('no')],
  ['tiene síntomas', 'intake.symptoms', fact('yes')],
  ['sin síntomas', 'intake.symptoms', fact('no')],
  ['quizás', 'intake.symptoms', hedged],

  // Edades: cerca de 12 o 18 meses, o un número solo, se pregunta la franja con botones.
  ['un año y medio', 'intake.age', askBand],
  ['año y medio', 'intake.age', askBand],
  ['1,5 años', 'intake.age', askBand],
  ['1.5 años', 'intake.age', askBand],
  ['diecisiete meses y medio', 'intake.age', askBand],
  ['18 meses', 'intake.age', askBand],
  ['un año', 'intake.age', askBand],
  ['12 meses', 'intake.age', askBand],
  ['casi un año', 'intake.age', askBand],
  ['tenía 3', 'intake.age', askBand],
  ['dos años y tres meses', 'intake.age', fact(27)],
  ['dos años', 'intake.age', fact(24)],
  ['8 meses', 'intake.age', fact(8)],
  ['ocho meses', 'intake.age', fact(8)],
  ['veinte meses', 'intake.age', fact(20)],
  ['4 años', 'intake.age', fact(48)],
  ['11 meses', 'intake.age', fact(11)],
  ['trece meses', 'intake.age', fact(13)],
  ['unos 9 meses', 'intake.age', fact(9)],
  ['tenía 5 años cuando se lo diagnosticaron', 'intake.age', fact(60)],
  ['medio año', 'intake.age', fact(6)],
  ['6 semanas', 'intake.age', fact(1.4)],
  ['10 días', 'intake.age', fact(0.3)],
  ['dos años y medio', 'intake.age', fact(30)],
  ['2 años y medio', 'intake.age', fact(30)],
  ['tres años', 'intake.age', fact(36)],
  ['no estoy segura', 'intake.age', fact('unknown')],

  // Quién pregunta y si sabe el grupo: se registra enseguida.
  ['soy su mamá', 'audience', plain('parent')],
  ['soy el papá', 'audience', plain('parent')],
  ['soy la paciente', 'audience', plain('patient')],
  ['soy enfermera', 'audience', plain('professional')],
  ['soy la abuela', 'audience', plain('family')],
  ['su tía', 'audience', plain('family')],
  ['sí', 'knowsGroup', plain('yes')],
  ['sí, nos lo dijeron', 'knowsGroup', plain('yes')],
  ['no', 'knowsGroup', plain('no')],
  ['no estoy seguro', 'knowsGroup', plain('unknown')],
  ['ni idea', 'knowsGroup', plain('unknown')],

  // El grupo que dio el equipo, y el primer grupo y el lugar de una recaída: se confirman.
  ['alto riesgo', 'pickGroup', fact('high')],
  ['riesgo intermedio', 'pickGroup', fact('intermediate')],
  ['intermedo', 'pickGroup', fact('intermediate')],
  ['no es de alto riesgo', 'pickGroup', negated],
  ['bajo o intermedio', 'pickGroup', conflict],
  ['creo que alto riesgo', 'pickGroup', hedged],
  ['era de riesgo alto', 'recurrence.firstGroup', fact('high')],
  ['bajo', 'recurrence.firstGroup', fact('low')],
  ['en el cerebro', 'recurrence.where', fact('cns')],
  ['en el mismo lugar', 'recurrence.where', fact('same')],
  ['en otra parte', 'recurrence.where', fact('elsewhere')],
  ['no en el mismo lugar', 'recurrence.where', negated],

  // Peligro de muerte ahora: 911.
  ['dejó de respirar', 'welcome', event('EMERGENCY')],
  ['mi hijo no respira', 'intake.mycn', event('EMERGENCY')],
  ['está inconsciente', 'audience', event('EMERGENCY')],
  ['se está ahogando', 'welcome', event('EMERGENCY')],
  ['no sé qué hacer, dejó de respirar', 'intake.stage', event('EMERGENCY')],
  ['llamar al 911', 'welcome', event('EMERGENCY')],
  ['se está poniendo morado', 'welcome', event('EMERGENCY')],
  ['tomó una sobredosis', 'welcome', event('EMERGENCY')],

  // Síntomas urgentes durante el tratamiento.
  ['tiene fiebre', 'welcome', event('URGENT')],
  ['fiebre de 39', 'intake.stage', event('URGENT')],
  ['temperatura de 38,5', 'welcome', event('URGENT')],
  ['le cuesta respirar', 'welcome', event('URGENT')],
  ['tiene dificultad para respirar', 'intake.mycn', event('URGENT')],
  ['está sangrando mucho', 'welcome', event('URGENT')],
  ['no puede mover las piernas', 'welcome', event('URGENT')],
  ['tuvo una convulsión', 'welcome', event('URGENT')],
  ['no se despierta', 'welcome', event('URGENT')],
  ['dolor muy fuerte', 'welcome', event('URGENT')],
  ['tiene un dolor intenso', 'treatment.high.induction', event('URGENT')],
  ['mi hija tiene fiebre durante la quimio', 'welcome', event('URGENT')],
  ['tiene las piernas dormidas', 'welcome', event('URGENT')],
  ['está con calentura', 'welcome', event('URGENT')],
  ['no sé qué hacer, tiene fiebre', 'welcome', event('URGENT')],
  ['convulsion', 'welcome', event('URGENT')],
  ['sin fiebre', 'welcome', none],
  ['no tiene fiebre', 'welcome', none],
  ['temperatura 36,8', 'welcome', none],

  // Crisis emocional: 988 y la línea de ayuda, cada vez.
  ['quiero morir', 'welcome', event('CRISIS')],
  ['ya no puedo más', 'intake.age', event('CRISIS')],
  ['me quiero matar', 'welcome', event('CRISIS')],
  ['no quiero vivir', 'welcome', event('CRISIS')],
  ['quiero hacerme daño', 'welcome', event('CRISIS')],
  ['pienso en el suicidio', 'welcome', event('CRISIS')],
  ['quiero quitarme la vida', 'welcome', event('CRISIS')],
  ['quiero morirme', 'welcome', event('CRISIS')],

  // Pronóstico y miedo.
  ['¿mi hijo se va a morir?', 'welcome', event('FEAR')],
  ['¿se va a morir?', 'intake.stage', event('FEAR')],
  ['¿qué posibilidades tiene?', 'welcome', event('FEAR')],
  ['tasa de supervivencia', 'welcome', event('FEAR')],
  ['tengo miedo', 'welcome', event('FEAR')],
  ['estoy aterrada', 'treatment.high.overview', event('FEAR')],
  ['¿cuál es el pronóstico?', 'welcome', event('FEAR')],
  ['tengo mucho miedo', 'welcome', event('FEAR')],
  ['¿va a sobrevivir?', 'welcome', event('FEAR')],

  // Efectos secundarios.
  ['efectos secundarios', 'welcome', sideEffects],
  ['¿cuáles son los efectos secundarios de la quimio?', 'treatment.low', sideEffects],
  ['caída del pelo', 'welcome', sideEffects],
  ['náuseas', 'welcome', sideEffects],
  ['vomita mucho después de la quimio', 'welcome', sideEffects],
  ['llagas en la boca', 'welcome', sideEffects],
  ['pérdida de audición', 'welcome', sideEffects],

  // Una persona, moverse, palabras y temas.
  ['ayuda', 'welcome', event('HANDOFF')],
  ['necesito hablar con alguien', 'intake.stage', event('HANDOFF')],
  ['quiero hablar con una persona', 'welcome', event('HANDOFF')],
  ['empezar de nuevo', 'intake.mycn', event('RESTART')],
  ['no quiero empezar de nuevo', 'intake.mycn', none],
  ['volver', 'intake.mycn', event('BACK')],
  ['¿qué significa esto?', 'intake.mycn', event('EXPLAIN')],
  ['¿qué es MYCN?', 'intake.stage', term('mycn')],
  ['¿qué es un trasplante de células madre?', 'welcome', term('stemCellTransplant')],
  ['ensayos clínicos', 'welcome', event('TRIALS')],
  ['el cáncer volvió', 'welcome', event('RECURRENCE')],
  ['quiero saber del tratamiento', 'welcome', event('LEARN')],
  ['¿qué debo preguntar al médico?', 'welcome', event('QUESTIONS')],

  // Nada que ver con la conversación.
  ['¿qué tiempo hace?', 'welcome', none],
  ['asdfgh', 'intake.mycn', none],
  ['pizza', 'welcome', none],
  ['¿quién ganó el partido?', 'welcome', none],
  ['vale', 'intake.stage', none],

  // Inglés en el widget en español: ofrecer cambiar.
  ['what is the risk group of my child', 'welcome', otherLanguage('en')],
  ['I want to talk to someone', 'welcome', otherLanguage('en')],
  ['it is not amplified', 'intake.mycn', otherLanguage('en')],
  ['my daughter was eight months old', 'intake.age', otherLanguage('en')],
  // ...pero una emergencia o una crisis en inglés no espera a la oferta de idioma.
  ['my son has a fever', 'welcome', event('URGENT')],
  ['he is not breathing', 'welcome', event('EMERGENCY')],
  ['I want to die', 'welcome', event('CRISIS')],
];

describe('typed Spanish, read at each step', () => {
  it('has at least 150 phrases', () => {
    expect(SPANISH.length).toBeGreaterThanOrEqual(150);
  });

  it.each(SPANISH)('"%s" at %s', (text, step, expected) => {
    expect(understand(text, LEXICON.es, stepAt(step))).toEqual(expected);
  });
});

import type { Phrases } from './types';

/** Words that are the same in both languages (drug and test names, stage labels). */
export const SHARED_TERMS = {
  mycn: ['mycn', 'n myc', 'nmyc'],
  mibg: ['mibg', 'mibg scan', 'metaiodobenzylguanidine'],
  dinutuximab: ['dinutuximab', 'unituxin', 'anti gd2', 'gd2'],
  idrf: ['idrf', 'idrfs'],
  gmcsf: ['gm csf', 'gmcsf', 'sargramostim'],
  il2: ['il 2', 'il2'],
  naxitamab: ['naxitamab', 'danyelza'],
  carT: ['car t', 'cart', 'car t cell', 'car t cells'],
} as const;

export const SHARED_ANSWERS = {
  L1: ['l1', 'stage l1', 'estadio l1'],
  L2: ['l2', 'stage l2', 'estadio l2'],
  M: ['m', 'stage m', 'stage 4', 'estadio m', 'estadio 4'],
  MS: ['ms', 'stage ms', 'stage 4s', 'estadio ms', 'estadio 4s'],
  cns: ['cns', 'snc'],
  infantMS: ['stage ms', 'estadio ms'],
} as const;

/** Number words, as a typed age is read (Lexicon.age.numbers): "eight months", "ocho meses". */
export const NUMBER_WORDS: { en: Readonly<Record<string, number>>; es: Readonly<Record<string, number>> } = {
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30,
  },
  es: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
    doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, treinta: 30,
  },
};

/** Number words the other language writes too ("a" is Spanish for "to", "once" English): they tell nothing. */
const EITHER = ['a', 'once'];
const numberWords = (locale: 'en' | 'es') => Object.keys(NUMBER_WORDS[locale]).filter((word) => !EITHER.includes(word));

/**
 * Common words of each language that the other does not use ("no", "me", "a" are in both and left
 * out, as are "son" and "he", Spanish verbs), and its number words: "diecisiete meses" is Spanish.
 * A message with more of the other language's words than its own offers to switch.
 */
export const STOPWORDS: { en: Phrases; es: Phrases } = {
  en: [
    'the', 'is', 'it', 'its', 'my', 'what', 'whats', 'and', 'of', 'to', 'has', 'was', 'have', 'had', 'she', 'her',
    'his', 'with', 'does', 'do', 'did', 'you', 'your', 'can', 'how', 'will', 'this', 'that', 'are', 'child', 'old',
    'we', 'our', 'they', 'want', 'about', 'be', 'if', 'in', 'at', 'for', 'from', 'why', 'when', 'where', 'there',
    'been', 'im', 'i', 'dont', 'not', 'would', 'should', 'daughter', 'months', 'years', 'talk', 'someone',
    'hello', 'hi', 'please', 'need', 'help', 'thank', 'thanks', 'know', 'who', 'which', 'could', 'told', 'said',
    'month', 'year', 'weeks', 'days', 'baby', 'him', 'just', 'sorry',
    ...numberWords('en'),
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'es', 'mi', 'mis', 'hijo', 'hija', 'tiene', 'tengo', 'con', 'por',
    'para', 'y', 'se', 'esta', 'como', 'cual', 'al', 'pero', 'muy', 'cuando', 'donde', 'quiero', 'puede',
    'hablar', 'sobre', 'su', 'sus', 'le', 'lo', 'ha', 'hay', 'fue', 'era', 'estoy', 'tenia', 'ya', 'nos', 'porque',
    'mas', 'en', 'meses', 'anos', 'alguien', 'riesgo', 'sabe',
    'hola', 'necesito', 'ayuda', 'gracias', 'buenas', 'buenos', 'tardes', 'noches', 'ella', 'ellos', 'nino', 'nina',
    'bebe', 'tienen', 'semanas', 'dias', 'mes', 'ano', 'ahora', 'tambien', 'todo', 'nada', 'algo', 'mucho', 'bien',
    'desde', 'cuanto', 'cuantos', 'quien', 'dijeron', 'dijo',
    ...numberWords('es'),
  ],
};

/**
 * Everyday words one or two letters away from a phrase word: typo correction would turn them into
 * something they do not say ("cooking" into "choking", "lovely" into "lonely", "enfermedad"
 * into "enfermera", "subsidio" into "suicidio"). Picked from the words of a spelling dictionary
 * that the correction would change, keeping those a parent is likely to write; both languages'
 * lists apply to both matchers, which read each other's safety phrases. A new phrase word can
 * add near misses: test/unit/typed-near-misses.test.ts holds the sentences that must not turn.
 */
export const KEEP: Phrases = [
  // English
  'doing', 'drying', 'cooking', 'checking', 'blessing', 'breaking', 'blending', 'breeding', 'chill', 'charge', 'charged',
  'charges', 'bother', 'detected', 'detection', 'defeated', 'fewer', 'lived', 'lives', 'lover', 'moved', 'moves', 'party',
  'peace', 'plane', 'plate', 'placed', 'places', 'shared', 'state', 'stated', 'surgical', 'stepped', 'shopped', 'tutor',
  'walking', 'waving', 'worked', 'remote', 'resolved', 'safety', 'physical', 'relation', 'healthy', 'starved', 'scored',
  'smell', 'stall', 'spiral', 'spice', 'spike', 'spite', 'shout', 'shoot', 'sport', 'shirt', 'chile', 'chili', 'fried',
  'paused', 'pasted', 'tuning', 'confusion', 'confusing', 'compete', 'intense', 'others', 'bitter', 'butter', 'chilly',
  'along', 'lovely', 'homeless', 'decreased', 'showering', 'shoveling', 'chiles', 'chilis', 'chilli', 'chillies',
  // Spanish
  'ahora', 'cuando', 'cuenta', 'cuento', 'cuarto', 'cuadro', 'estado', 'estacion', 'estos', 'temor', 'quieto', 'queja',
  'quema', 'queso', 'medida', 'medicina', 'medir', 'falda', 'falla', 'falsa', 'sangre', 'riego', 'perdido', 'mojado',
  'mirada', 'mirado', 'moler', 'canto', 'clara', 'clavo', 'centrado', 'entendido', 'entendida', 'encendido', 'lunar',
  'ligar', 'dolar', 'aguda', 'cuida', 'subsidio', 'fuente', 'parto', 'respetar', 'trabajar', 'acostado', 'acostada',
  'compuesto', 'confusion', 'contusion', 'enfermedad', 'enfermedades', 'indica', 'indico', 'labio', 'empeno',
  'viniendo', 'volviendo', 'aguardar', 'opinar', 'orientar', 'ordenado', 'chilla', 'chillo',
];

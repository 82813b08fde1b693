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

/**
 * Common words of each language that the other does not use ("no", "me", "a" are in both and left
 * out). A message with more of the other language's words than its own offers to switch.
 */
export const STOPWORDS: { en: Phrases; es: Phrases } = {
  en: [
    'the', 'is', 'it', 'its', 'my', 'what', 'whats', 'and', 'of', 'to', 'has', 'was', 'have', 'had', 'she', 'her',
    'his', 'with', 'does', 'do', 'did', 'you', 'your', 'can', 'how', 'will', 'this', 'that', 'are', 'child', 'old',
    'we', 'our', 'they', 'want', 'about', 'be', 'if', 'in', 'at', 'for', 'from', 'why', 'when', 'where', 'there',
    'been', 'im', 'i', 'dont', 'not', 'would', 'should', 'daughter', 'months', 'years', 'talk', 'someone',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'es', 'mi', 'mis', 'hijo', 'hija', 'tiene', 'tengo', 'con', 'por',
    'para', 'una', 'un', 'y', 'se', 'esta', 'como', 'cual', 'al', 'pero', 'muy', 'cuando', 'donde', 'quiero', 'puede',
    'hablar', 'sobre', 'su', 'sus', 'le', 'lo', 'ha', 'hay', 'fue', 'era', 'estoy', 'tenia', 'ya', 'nos', 'porque',
    'mas', 'en', 'meses', 'anos', 'alguien', 'riesgo', 'sabe',
  ],
};

/**
 * Everyday words one or two letters away from a phrase word: typo correction would turn them into
 * something they do not say ("cooking" into "choking", "surgical" into "survival", "enfermedad"
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
  // Spanish
  'ahora', 'cuando', 'cuenta', 'cuento', 'cuarto', 'cuadro', 'estado', 'estacion', 'estos', 'temor', 'quieto', 'queja',
  'quema', 'queso', 'medida', 'medicina', 'medir', 'falda', 'falla', 'falsa', 'sangre', 'riego', 'perdido', 'mojado',
  'mirada', 'mirado', 'moler', 'canto', 'clara', 'clavo', 'centrado', 'entendido', 'entendida', 'encendido', 'lunar',
  'ligar', 'dolar', 'aguda', 'cuida', 'subsidio', 'fuente', 'parto', 'respetar', 'trabajar', 'acostado', 'acostada',
  'compuesto', 'confusion', 'contusion', 'enfermedad', 'enfermedades', 'indica', 'indico', 'labio', 'empeno',
  'viniendo', 'volviendo',
];

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
  L1: ['l1', 'stage l1'],
  L2: ['l2', 'stage l2'],
  M: ['m', 'stage m', 'stage 4', 'estadio m', 'estadio 4'],
  MS: ['ms', 'stage ms', 'stage 4s', 'estadio ms', 'estadio 4s'],
  cns: ['cns', 'snc'],
  infantMS: ['stage ms', 'estadio ms'],
} as const;

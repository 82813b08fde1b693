import { assign, setup } from 'xstate';
import type { StepMeta } from './step';

export type Locale = 'en' | 'es';

export interface HelplineContext {
  locale: Locale;
  /** Step ids visited, newest last: BACK walks this, not just "the previous state". */
  trail: string[];
}

export type HelplineEvent =
  | { type: 'HANDOFF' }
  | { type: 'EMERGENCY' }
  | { type: 'RESTART' }
  | { type: 'BACK' }
  | { type: 'SET_LOCALE'; locale: Locale };

export interface HelplineInput {
  locale?: Locale;
}

const meta = (m: StepMeta): StepMeta => m;

/**
 * The conversation (../shared/design/product.md, "What a visitor can do"). From every state the
 * visitor can go back, start over, reach a person or get emergency numbers.
 */
export const helplineMachine = setup({
  types: {
    context: {} as HelplineContext,
    events: {} as HelplineEvent,
    input: {} as HelplineInput,
  },
  actions: {
    rememberStep: assign({ trail: ({ context }, params: { id: string }) => [...context.trail, params.id] }),
    forgetStep: assign({ trail: ({ context }) => context.trail.slice(0, -1) }),
    clearTrail: assign({ trail: () => [] }),
    setLocale: assign({
      locale: ({ context, event }) => (event.type === 'SET_LOCALE' ? event.locale : context.locale),
    }),
  },
  guards: {
    cameFrom: ({ context }, params: { id: string }) => context.trail[context.trail.length - 1] === params.id,
  },
}).createMachine({
  id: 'helpline',
  initial: 'welcome',
  context: ({ input }) => ({ locale: input?.locale ?? 'en', trail: [] }),
  on: {
    RESTART: { target: '.welcome', actions: 'clearTrail' },
    EMERGENCY: { target: '.emergency' },
    SET_LOCALE: { actions: 'setLocale' },
  },
  states: {
    welcome: {
      meta: meta({
        say: ['welcome.greeting', 'welcome.disclaimer'],
        options: [
          { label: 'opt.talkToPerson', event: { type: 'HANDOFF' } },
          { label: 'opt.emergency', event: { type: 'EMERGENCY' } },
        ],
      }),
      on: { HANDOFF: { target: 'handoff', actions: { type: 'rememberStep', params: { id: 'welcome' } } } },
    },
    handoff: {
      meta: meta({
        say: ['handoff.phone'],
        options: [{ label: 'opt.startOver', event: { type: 'RESTART' } }],
      }),
      on: {
        BACK: { guard: { type: 'cameFrom', params: { id: 'welcome' } }, target: 'welcome', actions: 'forgetStep' },
      },
    },
    emergency: {
      meta: meta({
        say: ['emergency.now'],
        options: [
          { label: 'opt.talkToPerson', event: { type: 'HANDOFF' } },
          { label: 'opt.startOver', event: { type: 'RESTART' } },
        ],
      }),
      on: { HANDOFF: { target: 'handoff' }, BACK: { target: 'welcome' } },
    },
  },
});

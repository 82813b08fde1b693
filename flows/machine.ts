import { assertEvent, assign, setup } from 'xstate';
import {
  AUDIENCES,
  RECURRENCE_PLACES,
  RISK_GROUPS,
  TREATMENT_GROUPS,
  emptyMemory,
  isGlossaryTerm,
  type AnswerValue,
  type GroupOrigin,
  type HelplineContext,
  type MoveEvent,
  type TreatmentGroup,
} from './context';
import { INTAKE_CHOICES, INTAKE_STEPS, OFFER_STOP_AFTER, UNKNOWN, nextQuestion, readAnswer, unsureCount } from './intake';
import { RECURRENCE_OUTCOMES, recurrenceOutcome, treatmentFor } from './outcomes';
import { RISK_FIELDS, classifyRisk, type RiskField } from './risk';
import type { StepMeta, StepOption } from './step';
import { TOPICS, TOPIC_FAMILIES, TOPIC_IDS, isTopic, type TopicFamily } from './topics';

/**
 * Every step's id as currentStep reports it; a saved move names the step it was made at. The
 * model test (test/unit/machine-model.test.ts) checks this list is exactly the machine's steps.
 */
export const STEP_IDS = [
  'welcome',
  'audience',
  'knowsGroup',
  'pickGroup',
  ...Object.values(INTAKE_STEPS).map((name) => `intake.${name}`),
  'intake.checkStageAge',
  'risk.low',
  'risk.intermediate',
  'risk.high',
  'risk.undetermined',
  'treatment.low',
  'treatment.intermediate',
  'treatment.high.overview',
  'treatment.high.induction',
  'treatment.high.consolidation',
  'treatment.high.maintenance',
  'treatment.infantMS',
  'treatment.smallAdrenal',
  'trials',
  'questions',
  'glossary',
  'recurrence.firstGroup',
  'recurrence.where',
  ...RECURRENCE_OUTCOMES.map((outcome) => `recurrence.${outcome}`),
  'handoff',
  'emergency',
  'urgent',
  'crisis',
  'fear',
  'distress',
  'topics',
  ...TOPIC_IDS.map((topic) => `topic.${topic}`),
] as const;

export type StepId = (typeof STEP_IDS)[number];

const meta = (m: StepMeta): StepMeta => m;

const answer = (label: string, value: AnswerValue): StepOption => ({ label, event: { type: 'ANSWER', value } });
const TALK: StepOption = { label: 'opt.talkToPerson', event: { type: 'HANDOFF' } };
const START_OVER: StepOption = { label: 'opt.startOver', event: { type: 'RESTART' } };
/**
 * Back to the assistant from the hand-off (docs/product.md: outside chat hours it "offers the phone and
 * the assistant"). It is the session's BACK (flows/session.ts), so the visitor returns to the step
 * they left with the answers as they were; the hand-off is entered only by leaving a step, so BACK
 * always leads somewhere from it (the welcome at least).
 */
const KEEP_TALKING: StepOption = { label: 'opt.keepTalking', event: { type: 'BACK' } };
/** A topic family's menu, or one of its steps (flows/topics.ts). */
const topicOption = (topic: string): StepOption => ({ label: `opt.topic.${topic}`, event: { type: 'TOPIC', topic } });
const SIDE_EFFECTS = topicOption('sideEffects');
const LATE_EFFECTS = topicOption('lateEffects');
const NOT_WORKING = topicOption('notWorking');
const NEXT: StepOption = { label: 'opt.next', event: { type: 'NEXT' } };
const QUESTIONS: StepOption = { label: 'opt.questions', event: { type: 'QUESTIONS' } };
const TRIALS: StepOption = { label: 'opt.trials', event: { type: 'TRIALS' } };
const DONT_KNOW = answer('opt.dontKnow', UNKNOWN);
const WHAT_MEANS: StepOption = { label: 'opt.whatMeans', event: { type: 'EXPLAIN' } };
/** After repeated "I don't know": stop the intake and see the result, with what to ask the care team. */
const STOP_ASKING: StepOption = { label: 'opt.stopAsking', event: { type: 'NEXT' }, ifUnsure: true };
/** After an explanation: what to ask, studies, side effects and late effects, a person (docs/product.md, treatment explanations). */
const AFTER_EXPLANATION = [QUESTIONS, TRIALS, SIDE_EFFECTS, LATE_EFFECTS, TALK];
/** A high-risk phase: the next one, what to expect now, a person. */
const IN_PHASE = [NEXT, SIDE_EFFECTS, TALK];

function intakeQuestion(field: RiskField) {
  const base = `intake.${INTAKE_STEPS[field]}`;
  return {
    meta: meta({
      kind: 'question',
      field,
      say: [`${base}.ask`],
      explain: `${base}.explain`,
      options: [...INTAKE_CHOICES[field].map((c) => answer(c.label, c.value)), DONT_KNOW, WHAT_MEANS, STOP_ASKING],
    }),
    on: {
      NEXT: { guard: 'unsureEnough', target: '#helpline.risk' },
      ANSWER: {
        guard: { type: 'answersField', params: { field } },
        target: '#helpline.intake.route',
        actions: { type: 'recordAnswer', params: { field } },
      },
      EXPLAIN: {},
    },
  } as const;
}

const explanation = (id: StepId, options: StepOption[] = AFTER_EXPLANATION) => ({ meta: meta({ kind: 'info', say: [id], options }) }) as const;

/** A step the visitor reads about beside the path; typed mid-questions, the question comes back (aside). */
const topicStep = (topic: string, options: StepOption[], kind: 'menu' | 'info' = 'info') =>
  ({
    meta: meta({ kind, say: [`topic.${topic}`], options, aside: true }),
    on: { TOPIC: { guard: { type: 'topicIs', params: { topic } } } },
  }) as const;

/**
 * A family's menu and its steps. The menu is the family's own state, so its id is `topic.<family>`;
 * its first child holds no step of its own.
 */
function topicFamily(family: TopicFamily) {
  const subs: readonly string[] = TOPICS[family];
  const own = topicStep(family, [...subs.map((sub) => topicOption(`${family}.${sub}`)), TALK], 'menu');
  if (subs.length === 0) return topicStep(family, [TALK, QUESTIONS]);
  const more: StepOption = { label: `opt.topic.${family}.more`, event: { type: 'TOPIC', topic: family } };
  return {
    meta: own.meta,
    initial: 'menu',
    states: {
      menu: { on: own.on },
      ...Object.fromEntries(subs.map((sub) => [sub, topicStep(`${family}.${sub}`, [more, TALK])])),
    },
  };
}

const includes = <T>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/**
 * The conversation going forward (docs/product.md, "What a visitor can do"). From every step the
 * visitor can reach a person, get emergency numbers, or jump to a topic or glossary word by
 * typing. Going back, starting over and switching language are not moves: the session does them
 * with the list of moves (flows/session.ts). No timers, no invoked actors: the widget keeps time
 * (docs/architecture.md).
 */
export const helplineMachine = setup({
  types: {
    context: {} as HelplineContext,
    events: {} as MoveEvent,
  },
  actions: {
    setTerm: assign({
      term: ({ event }) => {
        assertEvent(event, 'EXPLAIN_TERM');
        return isGlossaryTerm(event.term) ? event.term : undefined;
      },
    }),
    setAudience: assign({
      audience: ({ event }) => {
        assertEvent(event, 'ANSWER');
        return includes(AUDIENCES, event.value) ? event.value : undefined;
      },
    }),
    /** "Change the stage" / "Change the age": that answer is forgotten and asked again. */
    forgetAnswer: assign(({ context, event }) => {
      assertEvent(event, 'RECHECK');
      const facts = { ...context.facts };
      delete facts[event.field];
      return { facts, asked: context.asked.filter((field) => field !== event.field), result: classifyRisk(facts) };
    }),
    startIntake: assign({ facts: () => ({}), asked: () => [], result: () => undefined, group: () => undefined, groupFrom: () => undefined }),
    recordAnswer: assign(({ context, event }, params: { field: RiskField }) => {
      assertEvent(event, 'ANSWER');
      const facts = { ...context.facts, [params.field]: readAnswer(params.field, event.value) };
      return { facts, asked: [...context.asked, params.field], result: classifyRisk(facts) };
    }),
    pickGroup: assign(({ event }, params: { from: GroupOrigin }) => {
      assertEvent(event, 'ANSWER');
      return includes(TREATMENT_GROUPS, event.value) ? { group: event.value, groupFrom: params.from } : { group: undefined, groupFrom: undefined };
    }),
    groupFromEstimate: assign(({ context }) => {
      const group = context.result ? treatmentFor(context.result) : undefined;
      return { group, groupFrom: group ? ('estimate' as const) : undefined };
    }),
    setFirstGroup: assign({
      firstGroup: ({ event }) => {
        assertEvent(event, 'ANSWER');
        return event.value === UNKNOWN || includes(RISK_GROUPS, event.value) ? event.value : undefined;
      },
    }),
    setWhere: assign({
      where: ({ event }) => {
        assertEvent(event, 'ANSWER');
        return event.value === UNKNOWN || includes(RECURRENCE_PLACES, event.value) ? event.value : undefined;
      },
    }),
  },
  guards: {
    knownTerm: ({ event }) => event.type === 'EXPLAIN_TERM' && isGlossaryTerm(event.term),
    topicIs: ({ event }, params: { topic: string }) => event.type === 'TOPIC' && isTopic(event.topic) && event.topic === params.topic,
    answerIs: ({ event }, params: { values: readonly AnswerValue[] }) => event.type === 'ANSWER' && params.values.includes(event.value),
    isAudience: ({ event }) => event.type === 'ANSWER' && includes(AUDIENCES, event.value),
    isTreatmentGroup: ({ event }) => event.type === 'ANSWER' && includes(TREATMENT_GROUPS, event.value),
    isPossibleGroup: ({ context, event }) =>
      event.type === 'ANSWER' && (context.result?.possibleGroups as readonly AnswerValue[] | undefined)?.includes(event.value) === true,
    isFirstGroup: ({ event }) => event.type === 'ANSWER' && (event.value === UNKNOWN || includes(RISK_GROUPS, event.value)),
    isPlace: ({ event }) => event.type === 'ANSWER' && (event.value === UNKNOWN || includes(RECURRENCE_PLACES, event.value)),
    answersField: ({ event }, params: { field: RiskField }) => event.type === 'ANSWER' && readAnswer(params.field, event.value) !== undefined,
    unsureEnough: ({ context }) => unsureCount(context.facts) >= OFFER_STOP_AFTER,
    stageNeedsYoungerAge: ({ context }) => context.result?.reasons.includes('ms-requires-under-18-months') === true,
    nextQuestionIs: ({ context }, params: { field: RiskField }) => nextQuestion(context.facts, context.asked) === params.field,
    estimateIs: ({ context }, params: { group: string }) => context.result?.group === params.group,
    groupIs: ({ context }, params: { group: TreatmentGroup }) => context.group === params.group,
    recurrenceIs: ({ context }, params: { outcome: string }) => recurrenceOutcome(context.firstGroup, context.where) === params.outcome,
  },
}).createMachine({
  id: 'helpline',
  initial: 'welcome',
  context: emptyMemory,
  on: {
    HANDOFF: { target: '.handoff' },
    EMERGENCY: { target: '.emergency' },
    URGENT: { target: '.urgent' },
    CRISIS: { target: '.crisis' },
    FEAR: { target: '.fear' },
    DISTRESS: { target: '.distress' },
    TOPIC: TOPIC_IDS.map((topic) => ({ guard: { type: 'topicIs', params: { topic } } as const, target: `.topic.${topic}` })),
    TOPICS: { target: '.topics' },
    LEARN: { target: '.audience' },
    RECURRENCE: { target: '.recurrence' },
    TRIALS: { target: '.trials' },
    QUESTIONS: { target: '.questions' },
    EXPLAIN_TERM: { guard: 'knownTerm', target: '.glossary', actions: 'setTerm' },
  },
  states: {
    welcome: {
      meta: meta({
        kind: 'menu',
        say: ['welcome.greeting', 'welcome.disclaimer'],
        options: [
          { label: 'opt.learn', event: { type: 'LEARN' } },
          { label: 'opt.recurrence', event: { type: 'RECURRENCE' } },
          TALK,
          { label: 'opt.emergency', event: { type: 'EMERGENCY' } },
          // Last, so the buttons staff mode numbers before it keep their keys.
          { label: 'opt.topics', event: { type: 'TOPICS' } },
        ],
      }),
    },
    audience: {
      meta: meta({
        kind: 'question',
        say: ['audience.ask'],
        explain: 'audience.explain',
        options: [...AUDIENCES.map((who) => answer(`opt.audience.${who}`, who)), { ...WHAT_MEANS, label: 'opt.whyAsk' }],
      }),
      on: {
        LEARN: {},
        EXPLAIN: {},
        ANSWER: { guard: 'isAudience', target: 'knowsGroup', actions: 'setAudience' },
      },
    },
    knowsGroup: {
      meta: meta({
        kind: 'question',
        say: ['knowsGroup.ask'],
        explain: 'knowsGroup.explain',
        options: [answer('opt.yes', 'yes'), answer('opt.no', 'no'), answer('opt.notSure', UNKNOWN), WHAT_MEANS],
      }),
      on: {
        ANSWER: [
          { guard: { type: 'answerIs', params: { values: ['yes'] } }, target: 'pickGroup' },
          { guard: { type: 'answerIs', params: { values: ['no', UNKNOWN] } }, target: 'intake', actions: 'startIntake' },
        ],
        EXPLAIN: {},
      },
    },
    pickGroup: {
      meta: meta({
        kind: 'question',
        say: ['pickGroup.ask'],
        explain: 'pickGroup.explain',
        options: [...TREATMENT_GROUPS.map((group) => answer(`opt.group.${group}`, group)), answer('opt.notSure', UNKNOWN), WHAT_MEANS],
      }),
      on: {
        EXPLAIN: {},
        ANSWER: [
          { guard: 'isTreatmentGroup', target: 'treatment', actions: { type: 'pickGroup', params: { from: 'careTeam' } } },
          { guard: { type: 'answerIs', params: { values: [UNKNOWN] } }, target: 'intake', actions: 'startIntake' },
        ],
      },
    },
    intake: {
      initial: 'route',
      states: {
        // Asks the first question whose answer can still change the group (flows/intake.ts).
        route: {
          always: [
            // Stage MS at 18 months or older cannot be (docs/risk-table.md): check one of them.
            { guard: 'stageNeedsYoungerAge', target: 'checkStageAge' },
            ...RISK_FIELDS.map((field) => ({
              guard: { type: 'nextQuestionIs', params: { field } } as const,
              target: INTAKE_STEPS[field],
            })),
            { target: '#helpline.risk' },
          ],
        },
        stage: intakeQuestion('inrgStage'),
        age: intakeQuestion('ageMonths'),
        mycn: intakeQuestion('mycn'),
        resection: intakeQuestion('resection'),
        histology: intakeQuestion('histology'),
        ploidy: intakeQuestion('ploidy'),
        chr11q: intakeQuestion('chr11q'),
        chr1p: intakeQuestion('chr1p'),
        symptoms: intakeQuestion('symptomatic'),
        checkStageAge: {
          meta: meta({
            kind: 'question',
            say: ['intake.checkStageAge'],
            options: [
              { label: 'opt.changeStage', event: { type: 'RECHECK', field: 'inrgStage' } },
              { label: 'opt.changeAge', event: { type: 'RECHECK', field: 'ageMonths' } },
              TALK,
            ],
          }),
          on: { RECHECK: { target: 'route', actions: 'forgetAnswer' } },
        },
      },
    },
    risk: {
      initial: 'route',
      states: {
        route: {
          always: [
            ...RISK_GROUPS.map((group) => ({ guard: { type: 'estimateIs', params: { group } } as const, target: group })),
            { target: 'undetermined' },
          ],
        },
        ...Object.fromEntries(
          RISK_GROUPS.map((group) => [
            group,
            {
              meta: meta({
                kind: 'result',
                say: [`risk.result.${group}`, 'risk.notDiagnosis'],
                options: [{ label: 'opt.seeTreatment', event: { type: 'NEXT' } }, TALK],
              }),
              on: { NEXT: { target: '#helpline.treatment', actions: 'groupFromEstimate' } },
            },
          ]),
        ),
        undetermined: {
          meta: meta({
            kind: 'result',
            say: ['risk.result.undetermined', 'risk.askCareTeam', 'risk.notDiagnosis'],
            // "Read about low-risk treatment": choosing to read, never saying the care team gave it.
            options: [...RISK_GROUPS.map((group) => ({ ...answer(`opt.read.${group}`, group), ifPossible: group })), TALK],
          }),
          // Choosing a group here is choosing what to read, not saying the care team gave it.
          on: { ANSWER: { guard: 'isPossibleGroup', target: '#helpline.treatment', actions: { type: 'pickGroup', params: { from: 'reading' } } } },
        },
      },
    },
    treatment: {
      initial: 'route',
      states: {
        route: {
          always: [
            ...TREATMENT_GROUPS.map((group) => ({ guard: { type: 'groupIs', params: { group } } as const, target: group })),
            { target: '#helpline.pickGroup' },
          ],
        },
        low: explanation('treatment.low'),
        intermediate: explanation('treatment.intermediate'),
        // The three high-risk phases, one step each (docs/product.md).
        high: {
          initial: 'overview',
          states: {
            overview: { ...explanation('treatment.high.overview', [NEXT, TALK]), on: { NEXT: 'induction' } },
            induction: { ...explanation('treatment.high.induction', IN_PHASE), on: { NEXT: 'consolidation' } },
            consolidation: { ...explanation('treatment.high.consolidation', IN_PHASE), on: { NEXT: 'maintenance' } },
            maintenance: explanation('treatment.high.maintenance'),
          },
        },
        infantMS: explanation('treatment.infantMS'),
        smallAdrenal: explanation('treatment.smallAdrenal'),
      },
    },
    trials: {
      meta: meta({ kind: 'info', say: ['trials.about'], options: [QUESTIONS, TALK] }),
      on: { TRIALS: {} },
    },
    questions: {
      meta: meta({ kind: 'info', say: ['questions.careTeam'], options: [TALK, START_OVER] }),
      on: { QUESTIONS: {} },
    },
    glossary: {
      meta: meta({ kind: 'glossary', say: ['glossary.{term}'], aside: true }),
    },
    recurrence: {
      initial: 'firstGroup',
      states: {
        firstGroup: {
          meta: meta({
            kind: 'question',
            say: ['recurrence.firstGroup.ask'],
            explain: 'recurrence.firstGroup.explain',
            options: [...RISK_GROUPS.map((group) => answer(`opt.group.${group}`, group)), DONT_KNOW, WHAT_MEANS],
          }),
          on: { RECURRENCE: {}, EXPLAIN: {}, ANSWER: { guard: 'isFirstGroup', target: 'where', actions: 'setFirstGroup' } },
        },
        where: {
          meta: meta({
            kind: 'question',
            say: ['recurrence.where.ask'],
            explain: 'recurrence.where.explain',
            options: [...RECURRENCE_PLACES.map((place) => answer(`opt.where.${place}`, place)), DONT_KNOW, WHAT_MEANS],
          }),
          on: { RECURRENCE: {}, EXPLAIN: {}, ANSWER: { guard: 'isPlace', target: 'route', actions: 'setWhere' } },
        },
        route: {
          always: RECURRENCE_OUTCOMES.map((outcome) => ({
            guard: { type: 'recurrenceIs', params: { outcome } } as const,
            target: outcome,
          })),
        },
        ...Object.fromEntries(
          RECURRENCE_OUTCOMES.map((outcome) => [outcome, explanation(`recurrence.${outcome}`, [TRIALS, QUESTIONS, NOT_WORKING, TALK])]),
        ),
      },
    },
    handoff: {
      meta: meta({ kind: 'handoff', say: ['handoff.intro', 'handoff.phone'], options: [KEEP_TALKING, START_OVER] }),
      on: { HANDOFF: {} },
    },
    // The three answers that must never be missed: the call buttons come right after the first
    // line (Step.calls), and there is no "start over" to tap by mistake. Sending the event again
    // while here stays here; the widget says the answer again in full (widget/app/conversation.ts).
    emergency: {
      meta: meta({
        kind: 'emergency',
        say: ['emergency.now', 'emergency.fever', 'emergency.helpline'],
        calls: ['emergency', 'crisis'],
        options: [TALK],
      }),
      on: { EMERGENCY: {} },
    },
    urgent: {
      meta: meta({ kind: 'emergency', say: ['urgent.now', 'urgent.signs', 'emergency.helpline'], calls: ['emergency'], options: [TALK] }),
      on: { URGENT: {} },
    },
    crisis: {
      meta: meta({ kind: 'emergency', say: ['crisis.now', 'crisis.more'], calls: ['crisis'], options: [TALK] }),
      on: { CRISIS: {} },
    },
    fear: {
      meta: meta({ kind: 'info', say: ['fear.answer'], options: [TALK, topicOption('outlook'), QUESTIONS] }),
      on: { FEAR: {} },
    },
    // The parent's own distress ("I can't stop crying", "I feel so alone"): neither the fear for
    // their child (fear) nor a crisis (crisis). A warm word, a person, and 988 if they might hurt
    // themselves; a side answer, so a question they were answering comes back with its buttons.
    distress: {
      meta: meta({ kind: 'info', say: ['distress.answer'], options: [TALK, topicOption('everyday')], aside: true }),
      on: { DISTRESS: {} },
    },
    // The other topics, by family (flows/topics.ts): reached from the welcome, the explanations, or typing.
    topics: {
      meta: meta({ kind: 'menu', say: ['topics.menu'], options: [...TOPIC_FAMILIES.map((family) => topicOption(family)), TALK] }),
      on: { TOPICS: {} },
    },
    topic: {
      initial: 'sideEffects',
      states: Object.fromEntries(TOPIC_FAMILIES.map((family) => [family, topicFamily(family)])),
    },
  },
});

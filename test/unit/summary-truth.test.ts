import { en } from '../../content/en';
import { staff as enStaff } from '../../content/en/staff';
import { es } from '../../content/es';
import type { LocaleContent } from '../../content/types';
import { currentStep, readSession, stateOf, toSavedSession, type HelplineEvent } from '../../flows';
import type { Answer } from '../../flows/summary';
import { buildSummary, summaryText } from '../../widget/summary/build';
import { visitorRecord } from '../../widget/summary/visitor-summary';
import { words } from '../../widget/summary/words';
import { walker } from '../fixtures/walker';

/**
 * The summaries say only what is true: the widget's estimate is an estimate, a group is the care
 * team's only when the visitor said so, and a group chosen to read about is reading.
 */
const vars = { phone: '1-800-227-2345', emergency: '911' };
const CONTENT: Record<'en' | 'es', LocaleContent> = { en, es };
/** "From the care team", in each language's words (content/<locale>/summary.ts, summary.q.pickGroup). */
const CARE_TEAM: Record<'en' | 'es', RegExp> = { en: /from the care team/i, es: /según el equipo médico/i };

/** Favorable answers for every intake question, the shape of an infant with stage MS and low risk. */
const INFANT_MS: Record<string, string | number> = {
  'intake.stage': 'MS',
  'intake.age': 9,
  'intake.mycn': 'not-amplified',
  'intake.histology': 'favorable',
  'intake.ploidy': 'hyperdiploid',
  'intake.chr11q': 'normal',
  'intake.chr1p': 'normal',
  'intake.symptoms': 'no',
  'intake.resection': 'unknown',
};

/** Drives the real machine, answering intake questions from `facts`, keeping what it says. */
function visit(events: (HelplineEvent | 'intake')[], facts: Record<string, string | number> = {}, locale: 'en' | 'es' = 'en') {
  const actor = walker(locale);
  const said: { by: string; key: string; step: string }[] = [];
  const say = () => {
    const step = currentStep(actor.getSnapshot());
    for (const key of step.say) said.push({ by: 'bot', key, step: step.id });
  };
  const send = (event: HelplineEvent) => {
    const before = currentStep(actor.getSnapshot()).id;
    actor.send(event);
    const after = currentStep(actor.getSnapshot());
    if (event.type === 'EXPLAIN' && after.explain) said.push({ by: 'bot', key: after.explain, step: after.id });
    else if (after.id !== before) say();
  };
  say();
  for (const event of events) {
    if (event !== 'intake') send(event);
    // Answers every intake question the machine asks, until it gives a result.
    else while (currentStep(actor.getSnapshot()).id in facts) send({ type: 'ANSWER', value: facts[currentStep(actor.getSnapshot()).id]! });
  }
  return { actor, session: actor.session, step: currentStep(actor.getSnapshot()), said };
}

const summaryOf = ({ session, said }: ReturnType<typeof visit>, locale: 'en' | 'es' = 'en') =>
  summaryText(buildSummary(visitorRecord(session, said), words(CONTENT[locale], vars), 'visitor'));

const START = [{ type: 'LEARN' }, { type: 'ANSWER', value: 'parent' }, { type: 'ANSWER', value: 'no' }] as const satisfies HelplineEvent[];

describe.each(['en', 'es'] as const)('the hand-off summary tells the truth about the group (%s)', (locale) => {
  const t = words(CONTENT[locale], vars);

  it('labels the infant-MS estimate as an estimate, with its "not a diagnosis" line', () => {
    const walk = visit([...START, 'intake', { type: 'NEXT' }, { type: 'HANDOFF' }], INFANT_MS, locale);
    expect(walk.said.map((line) => line.step)).toContain('treatment.infantMS');
    const text = summaryOf(walk, locale);
    expect(text).not.toMatch(CARE_TEAM[locale]);
    expect(text).not.toContain(t('opt.group.infantMS'));
    expect(text).toContain(t('summary.estimate', { group: t('summary.group.low') }));
    expect(text).toContain(t('summary.notDiagnosis'));
    expect(text).toContain(t('summary.group'));
  });

  it('records a group tapped after "I can’t tell the group" as reading, not as the care team’s answer', () => {
    const walk = visit(
      [...START, 'intake', { type: 'ANSWER', value: 'high' }, { type: 'HANDOFF' }],
      { 'intake.stage': 'L1', 'intake.mycn': 'amplified', 'intake.resection': 'unknown' },
      locale,
    );
    expect(walk.said.map((line) => line.step)).toContain('risk.undetermined');
    const text = summaryOf(walk, locale);
    expect(text).not.toMatch(CARE_TEAM[locale]);
    expect(text).toContain(`${t('summary.q.risk.undetermined')}: ${t('opt.group.high')}`);
    expect(text).toContain(t('summary.undetermined', { groups: [t('summary.group.low'), t('summary.group.high')].join(', ') }));
    expect(text).toContain(t('summary.notDiagnosis'));
  });

  it('still reports a group the visitor said the care team gave', () => {
    const walk = visit(
      [
        { type: 'LEARN' },
        { type: 'ANSWER', value: 'parent' },
        { type: 'ANSWER', value: 'yes' },
        { type: 'ANSWER', value: 'intermediate' },
        { type: 'HANDOFF' },
      ],
      {},
      locale,
    );
    const text = summaryOf(walk, locale);
    expect(text).toContain(`${t('summary.groupTold')}\n- ${t('summary.q.pickGroup')}: ${t('opt.group.intermediate')}`);
    expect(text).not.toContain(t('summary.notDiagnosis'));
  });

  it('names the medical word a typed question asked about, not "a medical word"', () => {
    const { session, said } = visit([{ type: 'EXPLAIN_TERM', term: 'mycn' }, { type: 'HANDOFF' }], {}, locale);
    const view = buildSummary(visitorRecord(session, said), t, 'visitor');
    const explained = view.sections.find((section) => section.heading === t('summary.explained'));
    expect(explained?.lines).toEqual([t('summary.word', { topic: CONTENT[locale].glossary!.mycn![0]! })]);
  });

  it('shows visitors their answers and the estimate, not the table’s rule number', () => {
    const walk = visit([...START, 'intake', { type: 'HANDOFF' }], { 'intake.stage': 'M', 'intake.age': 24 }, locale);
    const text = summaryOf(walk, locale);
    expect(text).not.toContain('COG 2021');
    expect(text).toContain(`${t('summary.q.intake.age')}: ${t('opt.age.18mPlus')}`);
    expect(text).toContain(`${t('summary.group')}\n- ${t('summary.estimate', { group: t('summary.group.high') })}\n- ${t('summary.notDiagnosis')}`);
  });

  it('leaves out why the guide asked who is calling', () => {
    const walk = visit([{ type: 'LEARN' }, { type: 'EXPLAIN' }, { type: 'HANDOFF' }], {}, locale);
    expect(walk.said.map((line) => line.key)).toContain('audience.explain');
    expect(summaryOf(walk, locale)).toContain(`${t('summary.explained')}\n- ${t('summary.noneExplained')}`);
  });
});

describe('what the machine remembers about where the group came from', () => {
  it('marks the care team’s group, the estimate’s and the one chosen to read', () => {
    const told = visit([{ type: 'LEARN' }, { type: 'ANSWER', value: 'parent' }, { type: 'ANSWER', value: 'yes' }, { type: 'ANSWER', value: 'high' }]);
    expect(told.step.answers).toMatchObject({ group: 'high', groupFrom: 'careTeam' });
    const estimated = visit([...START, 'intake', { type: 'NEXT' }], INFANT_MS);
    expect(estimated.step.answers).toMatchObject({ group: 'infantMS', groupFrom: 'estimate' });
    const read = visit([...START, 'intake', { type: 'ANSWER', value: 'low' }], {
      'intake.stage': 'L1',
      'intake.mycn': 'amplified',
      'intake.resection': 'unknown',
    });
    expect(read.step.answers).toMatchObject({ group: 'low', groupFrom: 'reading' });
  });

  it('forgets the origin with the group when the visitor goes back', () => {
    const walk = visit([...START, 'intake', { type: 'ANSWER', value: 'high' }, { type: 'BACK' }], {
      'intake.stage': 'L1',
      'intake.mycn': 'amplified',
      'intake.resection': 'unknown',
    });
    expect(walk.step.id).toBe('risk.undetermined');
    expect(walk.step.answers.group).toBeUndefined();
    expect(walk.step.answers.groupFrom).toBeUndefined();
  });

  it('keeps the origin in a saved conversation: the choice is replayed where it was made', () => {
    const walk = visit([...START, 'intake', { type: 'ANSWER', value: 'high' }], {
      'intake.stage': 'L1',
      'intake.mycn': 'amplified',
      'intake.resection': 'unknown',
    });
    const saved = JSON.parse(JSON.stringify(toSavedSession(walk.session)));
    expect(stateOf(readSession(saved)!).context.groupFrom).toBe('reading');
  });
});

describe('the specialist’s summary, built from the moves of a call', () => {
  // Staff mode adds its own strings, the table rules among them, to the content's (staff-view.tsx).
  const t = words({ ...en, ui: { ...enStaff.ui, ...en.ui } }, vars);
  const a = (step: string, label: string, value?: unknown): Answer => ({ step, label, ...(value !== undefined && { value }) });

  it('follows the same rules: a group chosen at an undetermined result is reading', () => {
    const answers = [
      a('intake.stage', 'opt.stage.L1', 'L1'),
      a('intake.mycn', 'opt.mycn.amplified', 'amplified'),
      a('intake.resection', 'opt.resection.notYet', 'unknown'),
      a('risk.undetermined', 'opt.group.high', 'high'),
    ];
    const view = buildSummary(
      { answers, explained: [], visited: ['intake.stage', 'intake.mycn', 'intake.resection', 'risk.undetermined', 'treatment.high.overview'] },
      t,
    );
    expect(view.data.group).toMatchObject({ kind: 'undetermined' });
    const text = summaryText(view);
    expect(text).not.toMatch(CARE_TEAM.en);
    expect(text).toContain('Read about the treatment for: High risk');
    expect(text).toContain(t('summary.notDiagnosis'));
  });

  it('names the table rule for the specialist, on a line that says it is an estimate', () => {
    const answers = [a('intake.stage', 'opt.stage.M', 'M'), a('intake.age', 'opt.age.18mPlus', 24)];
    const text = summaryText(buildSummary({ answers, explained: [], visited: ['risk.high'] }, t));
    expect(text).toContain('Estimate from the answers: High risk (COG 2021, high-risk rule 1: stage M, 18 months or older)');
  });
});

describe('the summary’s words follow who is asking', () => {
  const patient = [{ type: 'LEARN' }, { type: 'ANSWER', value: 'patient' }, { type: 'ANSWER', value: 'no' }] as const satisfies HelplineEvent[];

  it('says "you", not "your child", to a patient (en)', () => {
    const text = summaryOf(visit([...patient, 'intake', { type: 'HANDOFF' }], { 'intake.stage': 'M', 'intake.age': 24 }));
    expect(text).toContain('Questions for your care team');
    expect(text).toContain('Which risk group am I in, and why?');
    expect(text).toContain('Is there a clinical trial that fits me?');
    expect(text).not.toMatch(/\b(my|your) child\b/i);
  });

  it('says "usted", not "su hijo o hija", to a patient (es)', () => {
    const text = summaryOf(visit([...patient, 'intake', { type: 'HANDOFF' }], { 'intake.stage': 'M', 'intake.age': 24 }, 'es'), 'es');
    expect(text).toContain('Preguntas para su equipo médico');
    expect(text).toContain('¿En qué grupo de riesgo estoy yo, y por qué?');
    expect(text).not.toMatch(/hijo o hija/);
  });

  it('keeps "your child" for a parent', () => {
    const text = summaryOf(visit([...START, 'intake', { type: 'HANDOFF' }], { 'intake.stage': 'M', 'intake.age': 24 }));
    expect(text).toContain('Questions for your child’s care team');
    expect(text).toContain('Which risk group is my child in, and why?');
  });
});

describe('the summary after a recurrence', () => {
  it('asks about the options now, not which risk group the child is in', () => {
    const text = summaryOf(
      visit([{ type: 'RECURRENCE' }, { type: 'ANSWER', value: 'high' }, { type: 'ANSWER', value: 'same' }, { type: 'HANDOFF' }]),
    );
    expect(text).not.toContain('Which risk group is my child in');
    expect(text).toContain('What are the treatment options now that it has come back?');
    expect(text).not.toContain('Which risk group was my child in when the cancer was first found?');
  });

  it('asks what the visitor did not know: the first group and where it came back', () => {
    const text = summaryOf(
      visit([{ type: 'RECURRENCE' }, { type: 'ANSWER', value: 'unknown' }, { type: 'ANSWER', value: 'unknown' }, { type: 'HANDOFF' }]),
    );
    expect(text).toContain('Which risk group was my child in when the cancer was first found?');
    expect(text).toContain('Where exactly has the cancer come back?');
  });
});

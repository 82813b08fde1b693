import { en } from '../../content/en';
import { staff as enStaff } from '../../content/en/staff';
import { es } from '../../content/es';
import { factsFromAnswers, summarizeCall, type Answer, type CallRecord } from '../../flows/summary';
import { buildSummary, summaryText } from '../../widget/summary/build';
import { words } from '../../widget/summary/words';

const vars = { phone: '1-800-227-2345', emergency: '911' };
/** The specialist's words: staff mode adds its own strings (the table rules) to the content's (staff-view.tsx). */
const t = words({ ...en, ui: { ...enStaff.ui, ...en.ui } }, vars);
const a = (step: string, label: string, value?: unknown): Answer => ({ step, label, ...(value !== undefined && { value }) });

const record = (answers: Answer[], visited: string[], explained: string[] = []): CallRecord => ({ answers, visited, explained });

describe('the call summary', () => {
  it('reads the risk facts from the catalog’s option labels', () => {
    const facts = factsFromAnswers([
      a('intake.stage', 'opt.stage.L2', 'L2'),
      a('intake.age', 'opt.age.12to17m', 15),
      a('intake.mycn', 'opt.mycn.notAmplified', 'not-amplified'),
      a('intake.symptoms', 'opt.yes', 'yes'),
      a('intake.histology', 'opt.dontKnow', 'unknown'),
    ]);
    expect(facts).toEqual({ inrgStage: 'L2', ageMonths: 15, mycn: 'not-amplified', symptomatic: true, histology: 'unknown' });
  });

  it('names the group, the COG 2021 rule and the facts that led to it', () => {
    const summary = summarizeCall(
      record([a('intake.stage', 'opt.stage.M', 'M'), a('intake.age', 'opt.age.18mPlus', 24)], ['intake.stage', 'intake.age', 'risk.high']),
    );
    expect(summary.group).toEqual({ kind: 'estimate', group: 'high', rule: 'H1', facts: ['inrgStage', 'ageMonths'] });

    const text = summaryText(buildSummary(record([...summary.answers], ['risk.high']), t));
    expect(text).toContain('Where the tumor is (stage): Spread to far parts of the body (M)');
    expect(text).toContain('High risk (COG 2021, high-risk rule 1: stage M, 18 months or older)');
    expect(text).toContain(
      'Facts that led to the group: Where the tumor is (stage): Spread to far parts of the body (M); Age at diagnosis: 18 months or older',
    );
  });

  it('says what is undetermined and puts the settling facts first among the questions', () => {
    const call = record(
      [
        a('intake.stage', 'opt.stage.L1', 'L1'),
        a('intake.mycn', 'opt.mycn.amplified', 'amplified'),
        a('intake.resection', 'opt.resection.notYet', 'unknown'),
      ],
      ['intake.stage', 'intake.mycn', 'intake.resection', 'risk.undetermined'],
    );
    const summary = summarizeCall(call);
    expect(summary.group).toMatchObject({ kind: 'undetermined', possible: ['low', 'high'], deciding: ['resection'] });
    expect(summary.questions[0]).toBe('summary.ask.resection');

    const text = summaryText(buildSummary(call, t));
    expect(text).toContain('Not decided yet. It could be: Low risk, High risk.');
    expect(text).toContain('To settle it: Surgery.');
    expect(text).toMatch(/Questions to ask the care team\n- How much of the tumor did surgery remove\?/);
  });

  it('lists the explanations given: "what does this mean?" and the treatment steps reached', () => {
    const call = record(
      [a('intake.mycn', 'opt.mycn.amplified', 'amplified')],
      ['welcome', 'intake.mycn', 'risk.high', 'treatment.high.overview', 'treatment.high.induction'],
      ['intake.mycn.explain'],
    );
    const explained = buildSummary(call, t).sections.find((s) => s.heading === 'Explained');
    expect(explained?.lines).toEqual(['MYCN: what it means', 'Treatment for high risk: overview', 'High risk: induction']);
  });

  it('reports the group the care team gave when the caller knows it', () => {
    const call = record(
      [a('knowsGroup', 'opt.yes', 'yes'), a('pickGroup', 'opt.group.intermediate', 'intermediate')],
      ['welcome', 'knowsGroup', 'pickGroup', 'treatment.intermediate'],
    );
    expect(summarizeCall(call).group).toEqual({ kind: 'told', label: 'opt.group.intermediate' });
    expect(summaryText(buildSummary(call, t))).toContain('Risk group from the care team: Intermediate risk');
  });

  it('prefers the machine’s own facts to the answers it was told', () => {
    const call: CallRecord = { ...record([a('intake.stage', 'opt.stage.M', 'M')], ['risk.high']), facts: { inrgStage: 'L1', mycn: 'not-amplified' } };
    expect(summarizeCall(call).group).toMatchObject({ kind: 'estimate', group: 'low', rule: 'L1' });
  });

  it('gives visitors the same facts under their own headings, in Spanish too', () => {
    const call = record([a('intake.stage', 'opt.stage.M', 'M'), a('intake.age', 'opt.age.18mPlus', 24)], ['risk.high']);
    const visitor = summaryText(buildSummary(call, t, 'visitor'));
    expect(visitor).toContain('What to tell the specialist\n- Where the tumor is (stage)');
    expect(visitor).toContain('Questions for your child’s care team');
    const spanish = summaryText(buildSummary(call, words(es, vars), 'visitor'));
    expect(spanish).toContain('Qué decirle al especialista');
    expect(spanish).toContain('Cálculo según las respuestas: Riesgo alto\n');
    expect(spanish).not.toMatch(/summary\.|staff\.|opt\./);
  });

  it('says so when nothing has been answered yet', () => {
    const text = summaryText(buildSummary(record([], ['welcome']), t));
    expect(text).toContain('Answers\n- No answers given.');
    expect(text).not.toContain('Risk group estimate');
  });
});

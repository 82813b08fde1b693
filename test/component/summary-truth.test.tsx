import { fireEvent, screen, within } from '@testing-library/preact';
import type { Locale } from '../../content/types';
import { CONTENT, renderPanel } from './panel-harness';

/**
 * The visitor's hand-off summary as drawn, walked with the buttons: the widget's estimate is never
 * presented as the care team's word, in either language.
 */
const CARE_TEAM: Record<Locale, RegExp> = { en: /from the care team/i, es: /según el equipo médico/i };

function start(locale: Locale) {
  renderPanel();
  if (locale === 'es') fireEvent.click(screen.getByRole('button', { name: 'Español' }));
  const ui = CONTENT[locale].ui;
  const choose = (key: string) =>
    fireEvent.click(
      within(screen.getByRole('group', { name: (name: string) => name.endsWith(ui['ui.options']!) })).getByRole('button', { name: ui[key] }),
    );
  const summary = () => screen.getByRole('region', { name: ui['summary.visitorTitle'] });
  const list = (heading: string) => within(summary()).getByRole('list', { name: ui[heading] });
  return { ui, choose, summary, list };
}

describe.each(['en', 'es'] as const)('the hand-off summary on screen (%s)', (locale) => {
  // Eleven answers, each a full render of the panel: more than the default 5 s on a busy machine.
  it('shows the infant-MS estimate as an estimate, never as the care team’s group', { timeout: 20_000 }, () => {
    const { ui, choose, summary, list } = start(locale);
    for (const key of ['opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.MS', 'opt.age.6to11m', 'opt.mycn.notAmplified']) choose(key);
    // The favorable answer to each question the intake still asks, in whatever order it asks them.
    const favorable = ['opt.histology.favorable', 'opt.ploidy.hyperdiploid', 'opt.chr.normal', 'opt.no'].map((key) => ui[key]!);
    for (let asked = 0; asked < 6 && !screen.queryByRole('button', { name: ui['opt.seeTreatment'] }); asked++) {
      const options = within(screen.getByRole('group', { name: (name: string) => name.endsWith(ui['ui.options']!) })).getAllByRole('button');
      const answer = options.find((button) => favorable.includes(button.textContent ?? ''));
      if (!answer) throw new Error(`no favorable answer among ${options.map((o) => o.textContent).join(', ')}`);
      fireEvent.click(answer);
    }
    choose('opt.seeTreatment');
    choose('opt.talkToPerson');

    expect(summary().textContent).not.toMatch(CARE_TEAM[locale]);
    const group = list('summary.group');
    expect(group.textContent).toContain(ui['summary.estimate']!.replace('{group}', ui['summary.group.low']!));
    expect(group.textContent).toContain(ui['summary.notDiagnosis']);
  });

  it('records a group tapped after “I can’t tell the group” as reading', () => {
    const { ui, choose, summary, list } = start(locale);
    for (const key of ['opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.L1', 'opt.mycn.amplified', 'opt.resection.notYet', 'opt.read.high'])
      choose(key);
    choose('opt.talkToPerson');

    expect(summary().textContent).not.toMatch(CARE_TEAM[locale]);
    expect(list('summary.tellSpecialist').textContent).toContain(`${ui['summary.q.risk.undetermined']}: ${ui['opt.group.high']}`);
    expect(list('summary.group').textContent).toContain(ui['summary.notDiagnosis']);
  });

  it('reports the care team’s group when the visitor says the care team gave it', () => {
    const { ui, choose, list } = start(locale);
    for (const key of ['opt.learn', 'opt.audience.parent', 'opt.yes', 'opt.group.high', 'opt.talkToPerson']) choose(key);
    expect(list('summary.groupTold').textContent).toBe(`${ui['summary.q.pickGroup']}: ${ui['opt.group.high']}`);
  });

  it('words the questions for a patient who is asking for themself', () => {
    const { ui, choose, list } = start(locale);
    for (const key of ['opt.learn', 'opt.audience.patient', 'opt.yes', 'opt.group.low', 'opt.talkToPerson']) choose(key);
    const questions = list('summary.questionsVisitor.patient');
    expect(questions.textContent).toContain(ui['summary.ask.group.patient']);
    expect(questions.textContent).not.toContain(ui['summary.ask.group']);
  });
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../../content/en';
import { es } from '../../content/es';
import type { LocaleContent } from '../../content/types';
import { openWidget, watchErrors, widget } from './helpers';

/**
 * The hand-off summary after the widget's own estimate, in the built widget: an infant with stage
 * MS and favorable features comes out low risk by the widget's estimate, and the summary must say
 * it is an estimate, with its "not a diagnosis" line, never "from the care team".
 */
const CARE_TEAM = { en: /from the care team/i, es: /según el equipo médico/i };
const FAVORABLE = ['opt.histology.favorable', 'opt.ploidy.hyperdiploid', 'opt.chr.normal', 'opt.no'];

async function walkInfantMS(page: Page, content: LocaleContent): Promise<Locator> {
  const ui = content.ui;
  const replies = widget(page).getByRole('group', { name: ui['ui.options'] });
  const choose = (key: string) => replies.getByRole('button', { name: ui[key], exact: true }).click();
  for (const key of ['opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.MS', 'opt.age.6to11m', 'opt.mycn.notAmplified']) await choose(key);
  // The favorable answer to each question the intake still asks, in whatever order it asks them.
  const see = replies.getByRole('button', { name: ui['opt.seeTreatment'], exact: true });
  for (let asked = 0; asked < 6 && !(await see.isVisible()); asked++) {
    const offered = FAVORABLE.map((key) => replies.getByRole('button', { name: ui[key], exact: true }));
    const visible = await Promise.all(offered.map((button) => button.isVisible()));
    const next = offered[visible.indexOf(true)];
    if (!next) throw new Error('no favorable answer offered');
    await next.click();
  }
  await see.click();
  // The treatment explanation offers the questions to ask next.
  await expect(replies.getByRole('button', { name: ui['opt.questions'], exact: true })).toBeVisible();
  await choose('opt.talkToPerson');
  return widget(page).getByRole('region', { name: ui['summary.visitorTitle'] });
}

/** Opens the widget on the bare page, in Spanish when asked. */
async function openIn(page: Page, locale: 'en' | 'es') {
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  if (locale === 'es') {
    await dialog.getByRole('button', { name: 'Español' }).click();
    await expect(dialog).toHaveAccessibleName(es.ui['ui.title']!);
  }
}

for (const [locale, content] of [
  ['en', en],
  ['es', es],
] as const) {
  test(`the infant-MS estimate reaches the hand-off summary as an estimate, not as the care team’s group (${locale})`, async ({ page }) => {
    // Eleven steps in a real browser: more than the default budget on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await openIn(page, locale);
    const summary = await walkInfantMS(page, content);
    await expect(summary).toBeVisible();
    const ui = content.ui;
    const group = summary.getByRole('list', { name: ui['summary.group'] });
    await expect(group).toContainText(ui['summary.estimate']!.replace('{group}', ui['summary.group.low']!));
    await expect(group).toContainText(ui['summary.notDiagnosis']!);
    await expect(summary).not.toContainText(CARE_TEAM[locale]);
    await expect(summary).not.toContainText(ui['opt.group.infantMS']!);
    // Visitors read the facts behind the estimate, not the table's rule number.
    await expect(summary).not.toContainText('COG 2021');
    expect(errors).toEqual([]);
  });
}

/**
 * After "I don't know" leaves the group undetermined, a visitor may tap a possible group to read
 * about it: the summary records that reading, never a group the care team gave.
 */
for (const [locale, content] of [
  ['en', en],
  ['es', es],
] as const) {
  test(`a group read about after an undetermined estimate is reading, not the care team’s group (${locale})`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    await openIn(page, locale);
    const ui = content.ui;
    const replies = widget(page).getByRole('group', { name: ui['ui.options'] });
    const choose = (key: string) => replies.getByRole('button', { name: ui[key], exact: true }).click();
    for (const key of ['opt.learn', 'opt.audience.parent', 'opt.no', 'opt.stage.L2']) await choose(key);
    // "I don't know" to every question the intake asks, until the undetermined result offers groups.
    // Each says what it does: "Read about low-risk treatment".
    const groups = ['low', 'intermediate', 'high'].map((group) => replies.getByRole('button', { name: ui[`opt.read.${group}`], exact: true }));
    const firstGroup = async () => (await Promise.all(groups.map((button) => button.isVisible()))).indexOf(true);
    for (let asked = 0; asked < 9 && (await firstGroup()) < 0; asked++) await choose('opt.dontKnow');
    const index = await firstGroup();
    expect(index, 'the undetermined result offers a possible group').toBeGreaterThanOrEqual(0);
    const picked = ['opt.group.low', 'opt.group.intermediate', 'opt.group.high'][index]!;
    await groups[index]!.click();
    await expect(replies.getByRole('button', { name: ui['opt.talkToPerson'], exact: true })).toBeVisible();
    await choose('opt.talkToPerson');
    const summary = widget(page).getByRole('region', { name: ui['summary.visitorTitle'] });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(ui['summary.q.risk.undetermined']!);
    await expect(summary).toContainText(ui[picked]!);
    await expect(summary).not.toContainText(CARE_TEAM[locale]);
    expect(errors).toEqual([]);
  });
}

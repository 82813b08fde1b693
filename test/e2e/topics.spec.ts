import { expect, test, type Page } from '@playwright/test';
import { en, enTopics, es, esTopics, type LocaleContent, type TopicContent } from '../../content';
import { openWidget } from './helpers';

/**
 * The topic families (docs/conversation.md, "Topics"): each is reached by a button and by typing,
 * in English and Spanish, and its words, which load on demand (widget/app/load-topics.ts), are on
 * screen with its buttons.
 */
const LANGUAGES = [
  {
    locale: 'en',
    core: en,
    topics: enTopics,
    typed: {
      sideEffects: 'what are the side efects',
      lateEffects: 'late effects',
      notWorking: 'the treatment is not working',
      everyday: 'coping',
      fear: 'will my child die',
    },
  },
  {
    locale: 'es',
    core: es,
    topics: esTopics,
    typed: {
      sideEffects: 'efectos secundarios',
      lateEffects: 'efectos tardíos',
      notWorking: 'el tratamiento no funciona',
      everyday: 'vida diaria',
      fear: '¿se va a morir?',
    },
  },
] as const;

/** The first sentence a visitor reads of an item. */
const firstLine = (body: string) =>
  /^.*?[.?!](?=\s|$)/.exec(
    body
      .replace(/<\/?(strong|em|a)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )![0];

const all = (core: LocaleContent, topics: Record<string, TopicContent>) =>
  Object.values(topics).reduce<LocaleContent>((c, t) => ({ ...c, ui: { ...c.ui, ...t.ui }, items: { ...c.items, ...t.items } }), core);

async function openIn(page: Page, locale: 'en' | 'es') {
  await page.goto('/bare.html');
  const dialog = await openWidget(page);
  if (locale === 'es') {
    await dialog.getByRole('button', { name: 'Español' }).click();
    await expect(dialog).toHaveAccessibleName(es.ui['ui.title']!);
  }
  return dialog;
}

for (const { locale, core, topics, typed } of LANGUAGES) {
  const content = all(core, topics);
  const ui = (key: string) => content.ui[key]!;
  const line = (key: string) => firstLine(content.items[key]!.body);

  test(`every topic family is reached by a button, with its words and buttons (${locale})`, async ({ page }) => {
    test.slow();
    const dialog = await openIn(page, locale);
    const log = dialog.getByRole('log');
    const replies = dialog.getByRole('group', { name: ui('ui.options') });
    const choose = (key: string) => replies.getByRole('button', { name: ui(key), exact: true }).click();
    for (const family of ['sideEffects', 'lateEffects', 'notWorking', 'everyday', 'outlook']) {
      await choose('opt.topics');
      await choose(`opt.topic.${family}`);
      await expect(log.getByText(line(`topic.${family}`)).last()).toBeVisible();
      if (family !== 'outlook') {
        // Its steps' buttons arrive with its words; one step, then back to the family's menu.
        const sub = Object.keys(topics[family]!.ui).find((key) => !key.endsWith('.more'))!;
        await choose(sub);
        await expect(log.getByText(line(sub.replace(/^opt\./, ''))).last()).toBeVisible();
        await expect(replies.getByRole('button', { name: ui('opt.talkToPerson'), exact: true })).toBeVisible();
        await choose(`opt.topic.${family}.more`);
        await expect(replies.getByRole('button', { name: ui(sub), exact: true })).toBeVisible();
      }
      await dialog
        .getByRole('button', { name: ui('opt.startOver'), exact: true })
        .first()
        .click();
      await expect(replies.getByRole('button', { name: ui('opt.topics'), exact: true })).toBeVisible();
    }
  });

  test(`every topic family is reached by typing, typos and all (${locale})`, async ({ page }) => {
    test.slow();
    const dialog = await openIn(page, locale);
    const log = dialog.getByRole('log');
    const replies = dialog.getByRole('group', { name: ui('ui.options') });
    const say = async (text: string) => {
      await dialog.getByRole('textbox', { name: ui('ui.typeQuestion') }).fill(text);
      await dialog.getByRole('button', { name: ui('ui.send'), exact: true }).click();
    };
    for (const family of ['sideEffects', 'lateEffects', 'notWorking', 'everyday'] as const) {
      await say(typed[family]);
      await expect(log.getByText(line(`topic.${family}`)).last()).toBeVisible();
      await expect(
        replies.getByRole('button', { name: ui(`opt.topic.${family}.${family === 'everyday' ? 'school' : 'questions'}`), exact: true }),
      ).toBeVisible();
    }
    // "Will my child die": the answer with a person first, then what shapes the outlook.
    await say(typed.fear);
    await expect(log.getByText(line('fear.answer')).last()).toBeVisible();
    await replies.getByRole('button', { name: ui('opt.topic.outlook'), exact: true }).click();
    await expect(log.getByText(line('topic.outlook'))).toBeVisible();
  });
}

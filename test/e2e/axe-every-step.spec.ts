import { expect, test } from '@playwright/test';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { en } from '../../content/en';
import { STEP_IDS, currentStep, helplineMachine, type HelplineEvent } from '../../flows';
import { conversationPoint } from '../fixtures/conversation-points';
import { expectNoAxeViolations, openWidget, watchErrors, widget } from './helpers';

type Snapshot = ReturnType<typeof helplineMachine.getInitialSnapshot>;

/**
 * The option labels a visitor clicks to reach each step, found by walking the machine itself
 * (xstate/graph, buttons only), so a step added to the machine is visited here without a change.
 */
function routes(): Map<string, string[]> {
  const paths = getShortestPaths(helplineMachine, {
    events: (snapshot: Snapshot) => currentStep(snapshot).options.map((o) => o.event as HelplineEvent),
    serializeState: conversationPoint,
  });
  const found = new Map<string, string[]>();
  for (const path of paths) {
    let snapshot = initialTransition(helplineMachine, { locale: 'en' })[0] as Snapshot;
    const labels: string[] = [];
    for (const { event } of path.steps) {
      if (event.type.startsWith('xstate.')) continue;
      const option = currentStep(snapshot).options.find((o) => JSON.stringify(o.event) === JSON.stringify(event));
      if (!option) throw new Error(`no option sends ${JSON.stringify(event)} at ${currentStep(snapshot).id}`);
      labels.push(en.ui[option.label]!);
      snapshot = transition(helplineMachine, snapshot, event as HelplineEvent)[0] as Snapshot;
    }
    const id = currentStep(snapshot).id;
    if (!found.has(id) || found.get(id)!.length > labels.length) found.set(id, labels);
  }
  return found;
}

const ROUTES = routes();
// The glossary is reached by asking ("what is MYCN"), not by a button.
const BY_TYPING: Record<string, string> = { glossary: 'what is MYCN' };

test('every step of the machine is reached here, by buttons or by typing', () => {
  const missing = STEP_IDS.filter((id) => !ROUTES.has(id) && !(id in BY_TYPING));
  expect(missing).toEqual([]);
});

// Two halves, so the two workers share the walk.
const halves = [STEP_IDS.filter((_, i) => i % 2 === 0), STEP_IDS.filter((_, i) => i % 2 === 1)];

halves.forEach((ids, half) => {
  test(`zero axe violations at every step (part ${half + 1} of 2)`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      document.addEventListener('helpline:step', (e) => {
        (window as unknown as { lastStep: string }).lastStep = (e as CustomEvent<{ state: string }>).detail.state;
      });
    });
    await page.goto('/bare.html');
    const dialog = await openWidget(page);
    const header = dialog.getByRole('heading', { name: 'Helpline assistant' }).locator('..');
    const replies = dialog.getByRole('group', { name: 'Choose an answer' });
    for (const id of ids) {
      await header.getByRole('button', { name: 'Start over' }).click();
      if (id in BY_TYPING) {
        await dialog.getByRole('textbox', { name: 'Type a question' }).fill(BY_TYPING[id]!);
        await dialog.getByRole('textbox', { name: 'Type a question' }).press('Enter');
      } else {
        for (const label of ROUTES.get(id) ?? []) await replies.getByRole('button', { name: label, exact: true }).click();
      }
      if (id !== 'welcome') await expect.poll(() => page.evaluate(() => (window as unknown as { lastStep: string }).lastStep), { message: id }).toBe(id);
      await expectNoAxeViolations(page);
    }
    expect(errors).toEqual([]);
  });
});

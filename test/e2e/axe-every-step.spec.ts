import { expect, test as base, type Page } from '@playwright/test';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { STEP_IDS, currentStep, helplineMachine, type HelplineEvent } from '../../flows';
import { conversationPoint } from '../fixtures/conversation-points';
import { seedSession, type Move, type SeededSession } from '../fixtures/saved-session';
import { STORAGE_KEY } from '../../widget/app/storage';
import { expectNoAxeViolations, openWidget, watchErrors, widget } from './helpers';

/**
 * The accessibility sweep: every step of the conversation, each in a test of its own, opened
 * from a saved session (test/fixtures/saved-session.ts) so no test clicks through the steps
 * before it. States that are not steps (closed, dark, forced colors, small screens, staff mode,
 * inline) are in axe-states.spec.ts; behaviour specs assert behaviour only.
 *
 * The tests of a worker share one page, so axe (580 kB) is parsed and the conversation's chunks
 * are fetched once per worker, not once per step: each test takes the widget out
 * (HelplineWidget.destroy(), product.md "JavaScript API"), saves its conversation where the widget
 * looks for it, and embeds the widget again with the same script tag a site uses.
 */

type Snapshot = ReturnType<typeof helplineMachine.getInitialSnapshot>;

/**
 * The buttons a visitor chooses to reach each step, found by walking the machine itself
 * (xstate/graph, buttons only), so a step added to the machine is swept here without a change.
 */
function routes(): Map<string, Move[]> {
  const paths = getShortestPaths(helplineMachine, {
    events: (snapshot: Snapshot) => currentStep(snapshot).options.map((o) => o.event as HelplineEvent),
    serializeState: conversationPoint,
  });
  const found = new Map<string, Move[]>();
  for (const path of paths) {
    let snapshot = initialTransition(helplineMachine, { locale: 'en' })[0] as Snapshot;
    const moves: Move[] = [];
    for (const { event } of path.steps) {
      if (event.type.startsWith('xstate.')) continue;
      const option = currentStep(snapshot).options.find((o) => JSON.stringify(o.event) === JSON.stringify(event));
      if (!option) throw new Error(`no option sends ${JSON.stringify(event)} at ${currentStep(snapshot).id}`);
      moves.push({ label: option.label });
      snapshot = transition(helplineMachine, snapshot, event as HelplineEvent)[0] as Snapshot;
    }
    const id = currentStep(snapshot).id;
    if (!found.has(id) || found.get(id)!.length > moves.length) found.set(id, moves);
  }
  return found;
}

const ROUTES = routes();
// The glossary is reached by asking ("what is MYCN"), not by a button.
ROUTES.set('glossary', [{ text: 'what is MYCN' }]);

base('every step of the machine is swept here', () => {
  expect(STEP_IDS.filter((id) => !ROUTES.has(id))).toEqual([]);
});

const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, { project }) => {
      const page = await browser.newPage({ baseURL: project.use.baseURL });
      await page.goto('/bare.html');
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** A fresh widget, as on a page load, that finds the seeded conversation in session storage. */
function embedSeeded(page: Page, { stored }: SeededSession) {
  return page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        (window as unknown as { HelplineWidget?: { destroy(): void } }).HelplineWidget?.destroy();
        document.querySelectorAll('script[src="/helpline-widget.js"]').forEach((old) => old.remove());
        sessionStorage.setItem(key!, value!);
        document.addEventListener('helpline:ready', () => resolve(), { once: true });
        const script = document.createElement('script');
        script.src = '/helpline-widget.js';
        script.onerror = () => reject(new Error('the widget script did not load'));
        document.body.append(script);
      }),
    [STORAGE_KEY, stored],
  );
}

for (const id of STEP_IDS) {
  test(`zero axe violations at ${id}`, async ({ sweepPage: page }) => {
    // The step's explanation too, where it has one: one more kind of line on screen.
    const seeded = seedSession(ROUTES.get(id) ?? [], { explain: true });
    expect(seeded.step).toBe(id);
    const errors = watchErrors(page);
    await embedSeeded(page, seeded);
    const dialog = await openWidget(page);
    // A seed the widget dropped would show the welcome instead: this step's line must be there.
    await expect(dialog.getByRole('log')).toContainText(seeded.firstLine);
    await expectNoAxeViolations(page);
    await expect(widget(page)).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

import { expect, test as base } from '@playwright/test';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { STEP_IDS, currentStep, helplineMachine, type HelplineEvent } from '../../flows';
import { conversationPoint } from '../fixtures/conversation-points';
import { seedSession, type Move } from '../fixtures/saved-session';
import { TYPED_ROUTES } from '../fixtures/step-routes';
import { embedSeeded, test } from './axe-page';
import { expectNoAxeViolations, openWidget, watchErrors, widget } from './helpers';

/**
 * The accessibility sweep: every step of the conversation, each in a test of its own, opened
 * from a saved session (test/fixtures/saved-session.ts) so no test clicks through the steps
 * before it. States that are not steps (closed, dark, forced colors, small screens, staff mode,
 * inline) are in axe-states.spec.ts; behaviour specs assert behaviour only.
 *
 * The tests of a worker share one page (axe-page.ts): each embeds a fresh widget that finds its
 * step's conversation in session storage.
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
for (const [id, text] of Object.entries(TYPED_ROUTES)) ROUTES.set(id, [{ text }]);

base('every step of the machine is swept here', () => {
  expect(STEP_IDS.filter((id) => !ROUTES.has(id))).toEqual([]);
});

for (const id of STEP_IDS) {
  test(`zero axe violations at ${id}`, async ({ axePage: page }) => {
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

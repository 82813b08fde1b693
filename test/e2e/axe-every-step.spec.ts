import { expect, test as base } from '@playwright/test';
import { STEP_IDS } from '../../flows';
import { seedSession, type Move } from '../fixtures/saved-session';
import { TYPED_ROUTES, stepRoutes } from '../fixtures/step-routes';
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

/** The buttons a visitor chooses to reach each step, by their label keys (step-routes.ts walks the machine). */
const ROUTES = new Map<string, Move[]>([...stepRoutes((key) => key)].map(([id, keys]) => [id, keys.map((label) => ({ label }))]));
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

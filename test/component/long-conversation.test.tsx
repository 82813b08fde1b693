import { fireEvent, screen } from '@testing-library/preact';
import { options } from 'preact';
import { renderPanel } from './panel-harness';
import './settle-timers';

/** The elements Preact compares while `act` runs: what a turn costs the page, whatever it shows. */
function elementsCompared(act: () => void): number {
  let count = 0;
  const before = options.diffed;
  options.diffed = (vnode) => {
    if (typeof vnode.type === 'string') count++;
    before?.(vnode);
  };
  try {
    act();
  } finally {
    options.diffed = before;
  }
  return count;
}

/**
 * A turn: "Talk to a person" and "Back" in turn, so the transcript keeps growing (test/bench/bench.mjs).
 * Found by their text: finding them by role computes every element's name, more work than the turn.
 */
const turn = (index: number) => fireEvent.click(screen.getAllByText(index % 2 ? 'Back' : 'Talk to a person', { selector: 'button' })[0]!);

describe('a long conversation', () => {
  it('costs as much per turn at its 80th turn as at its 4th: only the new lines are drawn', () => {
    renderPanel();
    const costs: number[] = [];
    for (let index = 0; index < 80; index++) costs.push(elementsCompared(() => turn(index)));
    expect(screen.getAllByRole('article').length).toBeGreaterThan(250);
    // The same kind of turn ("Back") early and late.
    expect(costs[79]).toBeLessThanOrEqual(costs[3]! + 5);
  }, 60_000);
});

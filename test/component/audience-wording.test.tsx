import { waitFor } from '@testing-library/preact';
import { en } from '../../content/en';
import { controlView } from '../../widget/app/control-view';
import { visitorMode } from '../../widget/app/visitor-mode';
import type { WidgetConfig } from '../../widget/embed/config';
import { fakeHost } from './fake-host';

/**
 * What the audience step says about itself must be true: it does not claim to change the words,
 * and where answers are kept follows the page's data-storage (docs/product.md, "Answers are kept only
 * in the chosen storage").
 */
function mountWith(storage: WidgetConfig['storage']) {
  const { host, view } = fakeHost({ storage });
  controlView(host, visitorMode).open();
  return view;
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  localStorage.clear();
});

describe('the audience step’s “Why do you ask?”', () => {
  it.each([
    ['local', 'Your answers are saved in this browser, even after you close it'],
    ['session', 'Your answers stay in this browser tab until you close it'],
    ['none', 'I do not keep your answers. They are gone when you leave this page.'],
  ] as const)(
    'says where answers are kept with data-storage="%s"',
    async (storage, kept) => {
      const panel = mountWith(storage);
      (await panel.findByRole('button', { name: en.ui['opt.learn'] })).click();
      (await panel.findByRole('button', { name: 'Why do you ask?' })).click();
      const log = panel.getByRole('log');
      await waitFor(() => expect(log.textContent).toContain('Your answer goes in the summary you can share with a specialist.'));
      expect(log.textContent).toContain(kept);
      expect(log.textContent).not.toContain('choose my words');
      // Only the storage in use is described.
      const others = (['session', 'local', 'none'] as const).filter((mode) => mode !== storage);
      for (const mode of others) expect(log.textContent).not.toContain(en.ui[`ui.kept.${mode}`]);
      // The first mount loads the content and the machine: seconds on a busy machine.
    },
    15_000,
  );
});

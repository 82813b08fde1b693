import { readFileSync } from 'node:fs';

/**
 * The panel's answers, the hand-off's choice to share and the summary's buttons share one look,
 * defined once (widget/app/outlined-button.css) and imported by each sheet that draws one of them:
 * a change to the look (a color, a border) then reaches all three, in every mode.
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const SHARED = ['border', 'background', 'color', 'font', 'cursor'];
const SHEETS = {
  'widget/app/panel.css': ['.option', "'./outlined-button.css'"],
  'widget/handoff/handoff.css': ['.consent-button', "'../app/outlined-button.css'"],
  'widget/summary/summary.css': ['.summary-button', "'../app/outlined-button.css'"],
} as const;

/** The declarations of the rules whose whole selector is `selector`. */
function declarationsOf(css: string, selector: string): string[] {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...body.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, sel]) => sel!.trim() === selector)
    .flatMap(([, , decls]) =>
      decls!
        .split(';')
        .map((d) => d.split(':')[0]!.trim())
        .filter(Boolean),
    );
}

describe('the outlined look of answer-like buttons', () => {
  const fragment = read('widget/app/outlined-button.css');

  it('is defined once, for all three kinds of button', () => {
    for (const [, [button]] of Object.entries(SHEETS)) expect(fragment).toContain(button);
    expect(declarationsOf(fragment, ':where(.option, .consent-button, .summary-button)')).toEqual(SHARED);
  });

  it.each(Object.entries(SHEETS))('%s imports it and does not repeat it', (path, [button, from]) => {
    const css = read(path);
    expect(css).toContain(`@import ${from};`);
    const own = declarationsOf(css, button);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((property) => SHARED.includes(property))).toEqual([]);
  });
});

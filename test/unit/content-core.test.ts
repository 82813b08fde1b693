import { core as enCore } from '../../content/en/core';
import { rest as enRest } from '../../content/en/rest';
import { core as esCore } from '../../content/es/core';
import { rest as esRest } from '../../content/es/rest';
import type { ContentPart, LocaleContent } from '../../content/types';
import { currentStep, type HelplineEvent } from '../../flows';
import { confirmOptions, yesNoStep } from '../../widget/app/confirmation';
import { staticImports } from '../fixtures/static-imports';
import { walker } from '../fixtures/walker';

/**
 * Each language is two chunks (widget/app/load-content.ts): the core, which opening the panel
 * draws, and the rest, fetched as it opens. The core must hold every word of the first screen and
 * the first question, and of the two ways to a person offered there; it must hold nothing of the
 * rest, or the visitor would download it twice.
 */
const LANGUAGES: [string, LocaleContent, ContentPart][] = [
  ['en', enCore, enRest],
  ['es', esCore, esRest],
];

/** The step the machine is at after `events`, from the start. */
const stepAfter = (...events: HelplineEvent[]) => {
  const actor = walker('en');
  for (const event of events) actor.send(event);
  const step = currentStep(actor.getSnapshot());
  return step;
};

/** The panel's own words: header, call bar, text box, status lines, the emergency card, the wait for the rest. */
const PANEL = [
  'ui.title',
  'ui.close',
  'opt.startOver',
  'ui.automated',
  'ui.transcript',
  'ui.options',
  'ui.always',
  'ui.callHelpline',
  'ui.typeQuestion',
  'ui.send',
  'ui.youSaid',
  'ui.assistantSaid',
  'ui.cleared',
  'ui.undo',
  'ui.nowInLanguage',
  'ui.unread',
  'ui.kept.session',
  'ui.kept.local',
  'ui.kept.none',
  'ui.callNow',
  'ui.callEmergency',
  'ui.callCrisis',
  'ui.textCrisis',
  'ui.understood',
  'ui.isThatRight',
  'ui.loading',
  'ui.notLoaded',
  'ui.retry',
  // The ways out offered under every step (widget/app/global-controls.tsx).
  'opt.back',
  'opt.talkToPerson',
  'opt.emergency',
];

describe('each language’s core and rest', () => {
  it.each(LANGUAGES)('share no key, so nothing is downloaded twice (%s)', (_, core, rest) => {
    expect(Object.keys(core.ui).filter((key) => key in rest.ui)).toEqual([]);
    expect(Object.keys(core.items).filter((key) => key in rest.items)).toEqual([]);
    // The glossary and the sources come with the rest: the first screen cites and marks nothing.
    expect(core.glossary).toBeUndefined();
    expect(core.sources).toBeUndefined();
    expect(core.partial).toBe(true);
  });

  it.each(LANGUAGES)('hold in the core every word of the first screen, the first question and the ways to a person (%s)', (_, core) => {
    const steps = [stepAfter(), stepAfter({ type: 'LEARN' }), stepAfter({ type: 'EMERGENCY' }), stepAfter({ type: 'HANDOFF' })];
    expect(steps.map((step) => step.id)).toEqual(['welcome', 'audience', 'emergency', 'handoff']);
    const audience = steps[1]!;
    const items = [...steps.flatMap((step) => step.say), audience.explain!];
    // A typed answer to the first question is confirmed with Yes and Change (or a typed yes or no).
    const labels = [
      ...PANEL,
      ...steps.flatMap((step) => step.options.map((option) => option.label)),
      ...confirmOptions('parent').map((option) => option.label),
      ...yesNoStep(audience).options.map((option) => option.label),
    ];
    expect(items.filter((key) => !(key in core.items))).toEqual([]);
    expect(labels.filter((key) => !(key in core.ui))).toEqual([]);
  });

  it.each(LANGUAGES)('leave the next question to the rest: the split is where the core stops (%s)', (_, core, rest) => {
    const next = stepAfter({ type: 'LEARN' }, { type: 'ANSWER', value: 'parent' });
    expect(next.id).toBe('knowsGroup');
    expect(next.say.every((key) => key in rest.items && !(key in core.items))).toBe(true);
  });

  it('keep the rest out of what the app and each core import (the bundler would put it in their chunks)', () => {
    const app = staticImports('widget/embed/start-app.ts');
    expect(app).toContain('widget/app/visitor-mode.tsx');
    // No language's words ride in the app: each core and rest is a chunk of its own.
    expect(app.filter((file) => /^content\/([a-z]{2}\/|sources\.ts$)/.test(file))).toEqual([]);
    for (const locale of ['en', 'es']) {
      const core = staticImports(`content/${locale}/core.ts`);
      const rest = staticImports(`content/${locale}/rest.ts`);
      // What both need is the helper that builds an item, never a module of words.
      expect(core.filter((file) => rest.includes(file))).toEqual(['content/item.ts']);
      expect(rest).toContain(`content/${locale}/guide.ts`);
      expect(rest).toContain('content/sources.ts');
      expect(core).not.toContain(`content/${locale}/rest.ts`);
    }
  });
});

import type { HelplineEvent } from '../../flows';
import type { ConversationState } from './conversation';

type T = (key: string) => string;

/**
 * The ways out offered from every state (docs/product.md, "from every state: back, start over, talk to
 * a person"; catalog, global options): compact, after the step's own options. A control the step
 * already offers as an option, or that would lead nowhere, is left out so no two buttons share a
 * name. Start over lives in the header.
 */
const GLOBAL: readonly { label: string; event: HelplineEvent; hiddenAt: string }[] = [
  { label: 'opt.back', event: { type: 'BACK' }, hiddenAt: '' },
  { label: 'opt.talkToPerson', event: { type: 'HANDOFF' }, hiddenAt: 'handoff' },
  { label: 'opt.emergency', event: { type: 'EMERGENCY' }, hiddenAt: 'emergency' },
];

export function GlobalControls({ t, state, choose }: { t: T; state: ConversationState; choose(event: HelplineEvent, label: string): void }) {
  const offered = new Set(state.step.options.map((o) => o.label));
  const shown = GLOBAL.filter((g) => !offered.has(g.label) && g.hiddenAt !== state.step.id && (g.event.type !== 'BACK' || state.canGoBack));
  if (shown.length === 0) return null;
  return (
    <div class="global" role="group" aria-label={t('ui.always')}>
      {shown.map((g) => (
        <button key={g.label} type="button" class="global-option" onClick={() => choose(g.event, g.label)}>
          {t(g.label)}
        </button>
      ))}
    </div>
  );
}

import type { LocaleContent } from '../../content/types';
import type { HandoffViewProps } from '../handoff/handoff-view';
import { BotLine } from './bot-line';
import { RiskCard } from './risk-card';
import { ConfirmLine } from './confirm-line';
import { EmergencyCard } from './emergency-card';
import type { Entry } from './entry';
import { HandoffSlot } from './handoff-slot';
import { memo, sameProps } from './memo';
import type { TextVars } from './text';
import { UserLine } from './user-line';

type T = (key: string) => string;

/** What a hand-off card needs beyond the line itself (panel.tsx gives it to hand-off lines only). */
export type HandoffLineProps = Omit<HandoffViewProps, 'content' | 'vars' | 't'>;

export interface TranscriptLineProps extends Partial<HandoffLineProps> {
  entry: Entry;
  t: T;
  content: LocaleContent;
  vars: TextVars;
  /** The id of the line's words: a question names the group of its answers by it (panel.tsx). */
  id: string;
}

/**
 * An older hand-off card shows the chat's status only (handoff-view.tsx): the conversation it was
 * drawn with does not change what it shows, so a new turn does not draw it again. The latest one
 * draws its summary from the conversation as it is now.
 */
const sameLine = (prev: TranscriptLineProps, next: TranscriptLineProps) =>
  sameProps(prev, next, prev.latest === false && next.latest === false ? ['session', 'transcript'] : []);

/**
 * One entry of the transcript, drawn again only when it or the language changed (memo.ts): a turn
 * draws its new lines, not the whole conversation again (test/bench/bench.mjs, the 300-turn
 * conversation). One element per entry: the turn placement and the arrow keys find lines by it,
 * whatever a card draws.
 */
export const TranscriptLine = memo(function TranscriptLine(props: TranscriptLineProps) {
  const { entry, t, content, vars, id, ...handoff } = props;
  return (
    <div class="entry" role="article" data-by={entry.by}>
      {/* Who said it, for a screen reader reading the log or moving through it line by line
          (Web Chat's "Bot said:"); the status region says it its own way (spoken.ts skips it). */}
      <span class="visually-hidden" data-speaker>
        {t(entry.by === 'user' ? 'ui.youSaid' : 'ui.assistantSaid')}{' '}
      </span>
      {entry.by === 'user' ? (
        <UserLine label={entry.label} text={entry.text} t={t} />
      ) : entry.by === 'bot' ? (
        <BotLine content={content} itemKey={entry.key} vars={vars} id={id} />
      ) : entry.kind === 'risk' ? (
        <RiskCard risk={entry.risk} t={t} content={content} vars={vars} />
      ) : entry.kind === 'calls' ? (
        <EmergencyCard calls={entry.calls} t={t} vars={vars} />
      ) : entry.kind === 'confirm' ? (
        <ConfirmLine echo={entry.echo} t={t} lang={content.lang} id={id} />
      ) : (
        <HandoffSlot {...(handoff as HandoffLineProps)} content={content} vars={vars} t={t} />
      )}
    </div>
  );
}, sameLine);

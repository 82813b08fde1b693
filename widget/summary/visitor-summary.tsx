import type { LocaleContent } from '../../content/types';
import { recordOf } from '../../flows/record';
import type { Session } from '../../flows/session';
import type { CallRecord } from '../../flows/summary';
import type { TextVars } from '../app/text';
import { useOwnStyles } from '../app/use-own-styles';
import { buildSummary } from './build';
import { SummaryCard } from './summary-card';
import css from './summary.css?inline';
import { words } from './words';

/** The parts of a transcript line the summary reads (widget/app/conversation.ts, Entry). */
export interface SaidLine {
  by: string;
  key?: string;
  step?: string;
}

/** Lines worth listing as explained: "what does this mean?" answers and glossary words (by their word). */
const EXPLANATION = /\.explain$|^glossary\./;

/** What a transcript's first `length` lines show: the explanations said, in the order they first came. */
interface Seen {
  length: number;
  /** Its last line read: the same line at the same place means the same lines before it. */
  end: SaidLine | undefined;
  explained: Set<string>;
}

/**
 * The last transcript read. The latest hand-off card reads the transcript on every turn
 * (widget/handoff/handoff-view.tsx), and a transcript only grows by new lines at its end: only
 * those are read, so a turn costs its own lines, however long the conversation (test/bench/bench.mjs).
 */
let last: Seen | null = null;

function explainedIn(transcript: readonly SaidLine[]): string[] {
  const from = last && last.length > 0 && last.length <= transcript.length && transcript[last.length - 1] === last.end ? last : null;
  const seen: Seen = { length: transcript.length, end: transcript[transcript.length - 1], explained: new Set(from?.explained) };
  for (let i = from ? from.length : 0; i < transcript.length; i++) {
    const line = transcript[i]!;
    if (line.by === 'bot' && line.key && EXPLANATION.test(line.key)) seen.explained.add(line.key);
  }
  last = seen;
  return [...seen.explained];
}

/**
 * What the visitor has answered and been told: the answers on the session's path (flows/session.ts,
 * the same record staff mode keeps) and the explanations the transcript said, which are not moves.
 */
export const visitorRecord = (session: Session, transcript: readonly SaidLine[]): CallRecord => recordOf(session, explainedIn(transcript));

export interface VisitorSummaryProps {
  session: Session;
  transcript: readonly SaidLine[];
  content: LocaleContent;
  vars: TextVars;
}

/**
 * The hand-off summary for visitors (docs/product.md): "what to tell the specialist" and "questions for
 * your child's care team", to copy or print.
 */
export function VisitorSummary({ session, transcript, content, vars }: VisitorSummaryProps) {
  const t = words(content, vars);
  // The card brings its own styles (and print stylesheet) into whichever shadow root shows it.
  const box = useOwnStyles<HTMLDivElement>(css);
  return (
    <div ref={box} class="visitor-summary">
      <SummaryCard view={buildSummary(visitorRecord(session, transcript), t, 'visitor')} t={t} id="hw-visitor-summary" />
    </div>
  );
}

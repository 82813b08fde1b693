import type { LocaleContent } from '../../content/types';
import type { Step } from '../../flows/step';
import { answersFromMemory, type CallRecord } from '../../flows/summary';
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

/** What a transcript's first `length` lines show: the steps and the explanations said, in the order they first came. */
interface Seen {
  length: number;
  /** Its last line read: the same line at the same place means the same lines before it. */
  end: SaidLine | undefined;
  steps: Set<string>;
  explained: Set<string>;
}

/**
 * The last transcript read. The latest hand-off card reads the transcript on every turn
 * (widget/handoff/handoff-view.tsx), and a transcript only grows by new lines at its end: only
 * those are read, so a turn costs its own lines, however long the conversation (test/bench/bench.mjs).
 */
let last: Seen | null = null;

function seenIn(transcript: readonly SaidLine[]): Seen {
  const from = last && last.length > 0 && last.length <= transcript.length && transcript[last.length - 1] === last.end ? last : null;
  const seen: Seen = {
    length: transcript.length,
    end: transcript[transcript.length - 1],
    steps: new Set(from?.steps),
    explained: new Set(from?.explained),
  };
  for (let i = from ? from.length : 0; i < transcript.length; i++) {
    const line = transcript[i]!;
    // Steps shown, by any line they drew: a risk result is a card only (widget/app/risk-card.tsx).
    if (line.step) seen.steps.add(line.step);
    if (line.by === 'bot' && line.key && EXPLANATION.test(line.key)) seen.explained.add(line.key);
  }
  last = seen;
  return seen;
}

/**
 * What the visitor has been told and has answered, from the machine's memory (the answers,
 * without ones taken back with BACK) and the transcript (the explanations said).
 */
export function visitorRecord(step: Step, transcript: readonly SaidLine[]): CallRecord {
  const { steps, explained } = seenIn(transcript);
  const visited = [...new Set([...steps, step.id])].filter(Boolean);
  return { answers: answersFromMemory(step.answers), explained: [...explained], visited, facts: step.answers.facts };
}

export interface VisitorSummaryProps {
  step: Step;
  transcript: readonly SaidLine[];
  content: LocaleContent;
  vars: TextVars;
}

/**
 * The hand-off summary for visitors (docs/product.md): "what to tell the specialist" and "questions for
 * your child's care team", to copy or print.
 */
export function VisitorSummary({ step, transcript, content, vars }: VisitorSummaryProps) {
  const t = words(content, vars);
  // The card brings its own styles (and print stylesheet) into whichever shadow root shows it.
  const box = useOwnStyles<HTMLDivElement>(css);
  return (
    <div ref={box} class="visitor-summary">
      <SummaryCard view={buildSummary(visitorRecord(step, transcript), t, 'visitor')} t={t} id="hw-visitor-summary" />
    </div>
  );
}

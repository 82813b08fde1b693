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

/**
 * What the visitor has been told and has answered, from the machine's memory (the answers,
 * without ones taken back with BACK) and the transcript (the explanations said).
 */
export function visitorRecord(step: Step, transcript: readonly SaidLine[]): CallRecord {
  const said = transcript.filter((line) => line.by === 'bot');
  // Steps shown, by any line they drew: a risk result is a card only (widget/app/cards.tsx).
  const visited = [...new Set([...transcript.map((line) => line.step ?? ''), step.id])].filter(Boolean);
  const explained = [...new Set(said.map((line) => line.key ?? '').filter((key) => EXPLANATION.test(key)))];
  return { answers: answersFromMemory(step.answers), explained, visited, facts: step.answers.facts };
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


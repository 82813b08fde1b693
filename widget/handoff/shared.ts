import type { SummarySection, SummaryView } from '../summary/build';

/**
 * What the visitor agreed to share at the hand-off (docs/product.md, "Events"): the summary's
 * lines exactly as the consent showed them, in the language they were shown in. Nothing else
 * about the conversation leaves the widget.
 */
export interface SharedSummary {
  lang: string;
  title: string;
  sections: SummarySection[];
  /** The same lines as plain text, as "Copy" puts them on the clipboard. */
  text: string;
}

export type HandoffChannel = 'phone' | 'chat';

/** The helpline:handoff event's detail: the summary only when the visitor chose to share it. */
export interface HandoffDetail {
  channel: HandoffChannel;
  shared: boolean;
  summary?: SharedSummary;
}

/** The parts of a transcript line the hand-off reads (widget/app/entry.ts). */
export interface TranscriptLine {
  by: string;
  text?: string | undefined;
  step?: string | undefined;
}

/** Steps that answer an emergency or a crisis: what led to them is never offered for sharing. */
const SAFETY_STEPS: readonly string[] = ['emergency', 'urgent', 'crisis'];

/**
 * What the visitor typed, oldest first, for the "also include what I typed" box. A message the
 * assistant answered with the emergency, urgent-symptom or crisis answer stays in the widget, as
 * does any message sent while one of those answers was on screen.
 */
export function typedLines(transcript: readonly TranscriptLine[]): string[] {
  const out: string[] = [];
  let at = '';
  transcript.forEach((line, i) => {
    if (line.by !== 'user') {
      if (line.step) at = line.step;
      return;
    }
    const text = line.text?.trim();
    if (!text) return;
    const answer = transcript.slice(i + 1).find((next) => next.by !== 'user');
    if (SAFETY_STEPS.includes(at) || SAFETY_STEPS.includes(answer?.step ?? '')) return;
    out.push(text);
  });
  return out;
}

/**
 * Whether the summary says anything about this visitor: an answer, a group or what leaves it
 * undetermined, something explained, or typed text. A visitor who asked for a person at once gets
 * the phone and the chat without an empty card.
 */
export function hasSomething(view: SummaryView, typed: readonly string[]): boolean {
  const { data } = view;
  return data.answers.length > 0 || data.group !== null || data.explained.length > 0 || typed.length > 0;
}

/**
 * The summary without a section that only says it is empty ("Nothing explained yet."): to a
 * specialist that line is noise, and the visitor is asked about sharing what there is.
 */
export function withoutEmpty(view: SummaryView, emptyHeading: string): SummaryView {
  if (view.data.explained.length > 0) return view;
  return { ...view, sections: view.sections.filter((section) => section.heading !== emptyHeading) };
}

/** The summary with the visitor's typed messages as a section of its own (only when they ticked the box). */
export function withTyped(view: SummaryView, typed: readonly string[], heading: string): SummaryView {
  return typed.length === 0 ? view : { ...view, sections: [...view.sections, { heading, lines: [...typed] }] };
}

/** The plain text of a summary: its title, then each heading with its lines. */
export function plainText(title: string, sections: readonly SummarySection[]): string {
  return `${[title, ...sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join('\n'))].join('\n\n')}\n`;
}

/**
 * The summary as runs of text lines for a vendor field with a length limit (fit.ts): the title,
 * each heading with its first line, then one line at a time, except a section marked whole (the
 * group: the estimate with its "not a diagnosis" line), which goes whole or not at all.
 */
export function summaryUnits(view: SummaryView): string[][] {
  const units: string[][] = [[view.title]];
  for (const section of view.sections) {
    const lines = section.lines.map((line) => `- ${line}`);
    if (section.whole) units.push([section.heading, ...lines]);
    else units.push([section.heading, ...lines.slice(0, 1)], ...lines.slice(1).map((line) => [line]));
  }
  return units;
}

/** The summary as shared: a copy, so a listener that changes it changes nothing on screen. */
export function toShared(view: SummaryView, lang: string): SharedSummary {
  const sections = view.sections.map((s) => ({ heading: s.heading, lines: [...s.lines] }));
  return { lang, title: view.title, sections, text: plainText(view.title, sections) };
}

import { FIELD_STEPS, summarizeCall, type Answer, type CallRecord, type CallSummary } from '../../flows/summary';
import type { RiskField } from '../../flows/risk';
import { wordsFor, type Words } from './words';

export type SummaryAudience = 'staff' | 'visitor';

export interface SummarySection {
  heading: string;
  lines: string[];
  /** Lines that are only true together (the estimate and "not a diagnosis"): never split to fit a limit. */
  whole?: boolean;
}

/** A summary in words, ready to show as a card or copy as plain text. */
export interface SummaryView {
  title: string;
  sections: SummarySection[];
  /** The pure, wording-free summary it was made from. */
  data: CallSummary;
}

/** "MYCN: Amplified": the question a step asked and the answer given, in words. */
export function answerText(answer: Answer, t: Words): { question: string; answer: string } {
  return { question: t(`summary.q.${answer.step}`), answer: t(answer.label) };
}

/** A risk fact in words, with the answer that gave it when the caller gave one. */
export function factText(field: RiskField, answers: readonly Answer[], t: Words): string {
  const step = FIELD_STEPS[field];
  const given = [...answers].reverse().find((a) => a.step === step);
  return given ? `${t(`summary.q.${step}`)}: ${t(given.label)}` : t(`summary.q.${step}`);
}

/**
 * The group in words. An estimate says it is one, with the "not a diagnosis" line. The table rule
 * (COG 2021 numbering) and the facts it read are for specialists; a visitor's own answers are
 * listed just above, so their summary stays short.
 */
function groupLines(summary: CallSummary, t: Words, audience: SummaryAudience): string[] {
  const { group, answers } = summary;
  if (!group) return [];
  if (group.kind === 'told') return [`${t('summary.q.pickGroup')}: ${t(group.label)}`];
  if (group.kind === 'estimate') {
    const estimate = t('summary.estimate', { group: t(`summary.group.${group.group}`) });
    if (audience === 'visitor') return [estimate, t('summary.notDiagnosis')];
    return [
      `${estimate} (${t(`staff.rule.${group.rule}`)})`,
      `${t('staff.facts')}: ${group.facts.map((f) => factText(f, answers, t)).join('; ')}`,
      t('summary.notDiagnosis'),
    ];
  }
  const lines = [t('summary.undetermined', { groups: group.possible.map((g) => t(`summary.group.${g}`)).join(', ') })];
  const settle = [...new Set([...group.invalid, ...group.deciding])];
  if (settle.length > 0) lines.push(t('summary.unsettled', { facts: settle.map((f) => t(`summary.q.${FIELD_STEPS[f]}`)).join(', ') }));
  lines.push(t('summary.notDiagnosis'));
  return lines;
}

function explainedText(key: string, t: Words): string {
  if (key.startsWith('glossary.')) return t('summary.word', { topic: t(`word.${key.slice('glossary.'.length)}`) });
  if (key.endsWith('.explain')) return t('summary.whatMeans', { topic: t(`summary.q.${key.slice(0, -'.explain'.length)}`) });
  return t(`summary.topic.${key}`);
}

/**
 * The call summary (docs/product.md): answers, the group or what is undetermined, the explanations
 * given and the questions for the care team. Visitors get the same facts under their own
 * headings ("What to tell the specialist", "Questions for your child's care team").
 */
export function buildSummary(record: CallRecord, words: Words, audience: SummaryAudience = 'staff'): SummaryView {
  const data = summarizeCall(record);
  // "You" for a patient, "your child" for the others, where the content words it differently.
  const t = wordsFor(words, data.audience);
  const answers = data.answers.map((a) => {
    const { question, answer } = answerText(a, t);
    return `${question}: ${answer}`;
  });
  const sections: SummarySection[] = [
    { heading: t(audience === 'staff' ? 'summary.answers' : 'summary.tellSpecialist'), lines: answers.length ? answers : [t('summary.noAnswers')] },
  ];
  const group = groupLines(data, t, audience);
  if (group.length > 0) sections.push({ heading: t(data.group?.kind === 'told' ? 'summary.groupTold' : 'summary.group'), lines: group, whole: true });
  sections.push({
    heading: t('summary.explained'),
    lines: data.explained.length ? data.explained.map((k) => explainedText(k, t)) : [t('summary.noneExplained')],
  });
  sections.push({
    heading: t(audience === 'staff' ? 'summary.questions' : 'summary.questionsVisitor'),
    lines: data.questions.map((k) => t(k)),
  });
  return { title: t(audience === 'staff' ? 'summary.title' : 'summary.visitorTitle'), sections, data };
}

/** The summary as plain text: what "Copy" puts on the clipboard (a family can paste it anywhere). */
export function summaryText(view: SummaryView): string {
  const parts = [view.title, ...view.sections.map((s) => [s.heading, ...s.lines.map((l) => `- ${l}`)].join('\n'))];
  return `${parts.join('\n\n')}\n`;
}

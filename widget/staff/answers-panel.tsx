import type { Answer } from '../../flows/summary';
import { answerText } from '../summary/build';
import type { Words } from '../summary/words';

export interface AnswersPanelProps {
  answers: readonly Answer[];
  t: Words;
  onChange(step: string): void;
}

/** The caller's answers so far; "Change" walks the conversation back to that question. */
export function AnswersPanel({ answers, t, onChange }: AnswersPanelProps) {
  return (
    <section class="staff-answers" aria-labelledby="hw-staff-answers">
      <h3 id="hw-staff-answers">{t('staff.answers')}</h3>
      {answers.length === 0 ? (
        <p class="staff-muted">{t('staff.noAnswers')}</p>
      ) : (
        <dl>
          {answers.map((a, i) => {
            const { question, answer } = answerText(a, t);
            return (
              <div key={`${i}-${a.step}`} class="staff-answer">
                <dt>{question}</dt>
                <dd>
                  <span>{answer}</span>
                  <button type="button" class="staff-change" aria-label={t('staff.changeLabel', { question })} onClick={() => onChange(a.step)}>
                    {t('staff.change')}
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

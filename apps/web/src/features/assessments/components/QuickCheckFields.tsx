import { QUICK_CHECK_ANSWER_LABELS, QUICK_CHECK_ANSWERS } from '@idt/domain';
import { Radios } from 'nhsuk-react-components';
import type { FrameworkDomain } from '../api/get-assessment';
import { criterionSlug, quickCheckFieldId } from '../utils/field-ids';

/** The domain's quick-check statements (in the style of the 2022 discovery report's key lines of enquiry): agree, partially agree or disagree. */
export function QuickCheckFields({
  questions,
  values,
  onChange,
  about = 'your ICS',
}: {
  questions: FrameworkDomain['quickCheck'];
  values: Readonly<Record<string, string>>;
  onChange: (questionKey: string, answer: string) => void;
  /** Who the statements are about: "your ICS", or the ICS's name for a coach recording on its behalf. */
  about?: string;
}) {
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="quick-check-heading">
      <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
      <h2 id="quick-check-heading">Quick check</h2>
      <p>How far do you agree with {questions.length === 1 ? 'this statement' : 'these statements'} about {about}?</p>
      {questions.map((question) => (
        <Radios
          key={question.key}
          name={`quick-check-${criterionSlug(question.key)}`}
          legend={question.statement}
          legendProps={{ size: 's' }}
          inline
        >
          {QUICK_CHECK_ANSWERS.map((answer, index) => (
            <Radios.Item
              key={answer}
              id={index === 0 ? quickCheckFieldId(question.key) : `${quickCheckFieldId(question.key)}-${index + 1}`}
              value={answer}
              checked={values[question.key] === answer}
              onChange={() => onChange(question.key, answer)}
            >
              {QUICK_CHECK_ANSWER_LABELS[answer]}
            </Radios.Item>
          ))}
        </Radios>
      ))}
    </section>
  );
}

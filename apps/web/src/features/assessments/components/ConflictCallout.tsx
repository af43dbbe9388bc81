import { Button, SummaryList } from 'nhsuk-react-components';
import { useEffect, useRef } from 'react';
import type { ResponseValues } from '@idt/domain';
import { levelSummary } from '../../../lib/assessment-words';
import type { FrameworkDomain } from '../api/get-assessment';
import type { AnswerDifference } from '../utils/conflict';
import { excerpt, quickCheckSummary } from '../utils/describe';

function AnswerText({ answer }: { answer: ResponseValues }) {
  return (
    <>
      <p className="nhsuk-u-margin-bottom-1">
        <strong>{levelSummary(answer)}</strong>
      </p>
      <p className="nhsuk-u-margin-bottom-0 app-evidence">
        {answer.evidence.trim() ? excerpt(answer.evidence, 300) : 'No evidence given'}
      </p>
    </>
  );
}

/**
 * Someone else saved changes to this page's answers: NHS.UK's warning callout, with your answer and the saved one
 * for each question that differs, and the two ways on. It takes focus when it appears, so screen readers read it
 * and the keyboard is at the choice.
 */
export function ConflictCallout({
  domain,
  differences,
  busy,
  onKeepMine,
  onUseSaved,
}: {
  domain: FrameworkDomain;
  differences: readonly AnswerDifference[];
  busy: boolean;
  onKeepMine: () => void;
  onUseSaved: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const statement = (difference: AnswerDifference) =>
    difference.kind === 'criterion'
      ? (domain.criteria.find((c) => c.key === difference.key)?.statement ?? difference.key)
      : (domain.quickCheck.find((q) => q.key === difference.key)?.statement ?? difference.key);

  return (
    <div className="nhsuk-warning-callout app-conflict" ref={ref} tabIndex={-1} aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 className="nhsuk-warning-callout__label" id="conflict-heading">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Someone else has changed these answers
        </span>
      </h2>
      <p>
        Someone else saved changes to this page while you were working on it, so your latest changes have not been saved.
        Choose which answers to keep. Saving has stopped until you do.
      </p>
      {differences.map((difference) => (
        <div key={`${difference.kind}:${difference.key}`} className="app-conflict__item" data-testid="conflict-item">
          <h3 className="nhsuk-heading-s">{statement(difference)}</h3>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>Your answer</SummaryList.Key>
              <SummaryList.Value>
                {difference.kind === 'criterion' ? <AnswerText answer={difference.yours} /> : quickCheckSummary(difference.yours)}
              </SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Saved answer</SummaryList.Key>
              <SummaryList.Value>
                {difference.kind === 'criterion' ? <AnswerText answer={difference.saved} /> : quickCheckSummary(difference.saved)}
              </SummaryList.Value>
            </SummaryList.Row>
          </SummaryList>
        </div>
      ))}
      <div className="nhsuk-button-group">
        <Button type="button" onClick={onKeepMine} disabled={busy}>
          Keep my answers
        </Button>
        <Button type="button" secondary onClick={onUseSaved} disabled={busy}>
          Use the saved answers
        </Button>
      </div>
    </div>
  );
}

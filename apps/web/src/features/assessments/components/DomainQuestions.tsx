import { BackLink, Button } from 'nhsuk-react-components';
import { Fragment, useMemo, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { SourcesDetails } from '../../../components/SourcesDetails';
import { explainDomains } from '../../../lib/canvas-words';
import type { FormError } from '../../../lib/form-errors';
import type { FrameworkDomain } from '../api/get-assessment';
import type { AnswerFormValues, PageFormValues } from '../utils/answers';
import { domainPosition } from '../utils/paths';
import type { AssessmentFrameParts } from './AssessmentFrame';
import { CriterionFields } from './CriterionFields';
import { QuickCheckFields } from './QuickCheckFields';

/**
 * One domain page as the ICS lead sees it: its heading, summary and sources, then each criterion's fields and the
 * quick check, with "Save and continue". Only what is shown: what the answers are and what happens to them is the
 * caller's (the lead's page saves them; a canvas version's preview keeps them in the page).
 */
export function DomainQuestions({
  domains,
  domain,
  parts: { voice, marking },
  backTo,
  values,
  errors,
  onAnswerChange,
  onQuickCheckChange,
  onTextBlur,
  onSubmit,
  onSaveAndReturn,
  beforeHeading,
  status,
}: {
  /** Every domain of the framework, for "Domain 2 of 7". */
  domains: readonly FrameworkDomain[];
  domain: FrameworkDomain;
  parts: AssessmentFrameParts;
  /** The task list. */
  backTo: string;
  values: PageFormValues;
  errors: readonly FormError[];
  onAnswerChange: (criterionKey: string, change: Partial<AnswerFormValues>) => void;
  onQuickCheckChange: (questionKey: string, answer: string) => void;
  /** A text field lost focus. */
  onTextBlur: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onSaveAndReturn: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Between the back link and the h1: warnings about leaving, the error summary. */
  beforeHeading?: ReactNode;
  /** After the words about saving: what is happening to the answers (saved, not saved, a conflict). */
  status?: ReactNode;
}) {
  const position = domainPosition(domains, domain.key);
  /** What the page shows: the domain's words with each abbreviation explained at its first use. */
  const shown = useMemo(() => explainDomains([domain])[0], [domain]);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={backTo}>
          {voice.backToAssessment}
        </BackLink>
        {beforeHeading}
        <PageHeading hasErrors={errors.length > 0} caption={position ? `Domain ${position.number} of ${position.total}` : undefined}>
          {shown.title}
        </PageHeading>
        {marking}
        <p className="nhsuk-lede-text">{shown.summary}</p>
        <SourcesDetails sources={domain.sources} />
        <p className="nhsuk-body-s">
          {voice.onBehalf ? 'Answers' : 'Your answers'} are saved as you go. You can leave this page and come back to it at
          any time.
        </p>
        {status}
        <form method="post" noValidate onSubmit={onSubmit}>
          {shown.criteria.map((criterion, index) => (
            <Fragment key={criterion.key}>
              <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
              <CriterionFields
                criterion={criterion}
                position={`Criterion ${index + 1} of ${domain.criteria.length}`}
                values={values.responses[criterion.key]}
                errors={errors}
                onChange={(change) => onAnswerChange(criterion.key, change)}
                onTextBlur={onTextBlur}
                words={voice.fields}
              />
            </Fragment>
          ))}
          <QuickCheckFields questions={shown.quickCheck} values={values.quickCheck} onChange={onQuickCheckChange} about={voice.fields.quickCheckAbout} />
          <div className="nhsuk-button-group">
            <Button type="submit">Save and continue</Button>
            <Link className="nhsuk-link" to={backTo} onClick={onSaveAndReturn}>
              Save and return to the task list
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

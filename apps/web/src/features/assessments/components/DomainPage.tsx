import { BackLink, Button } from 'nhsuk-react-components';
import { Fragment, useCallback, useMemo, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { NotFoundPage } from '../../../components/ErrorPages';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { SourcesDetails } from '../../../components/SourcesDetails';
import { explainDomains } from '../../../lib/canvas-words';
import type { AssessmentDetails, FrameworkDomain } from '../api/get-assessment';
import { usePageAutosave } from '../hooks/use-page-autosave';
import { pageAnswersFrom, pageFormValuesFrom, pageProblems, type AnswerFormValues, type PageFormValues } from '../utils/answers';
import { answerErrorsFrom } from '../utils/field-ids';
import { afterDomainPath, domainPosition, taskListPath } from '../utils/paths';
import { AssessmentFrame, type AssessmentFrameParts } from './AssessmentFrame';
import { ConflictCallout } from './ConflictCallout';
import { CriterionFields } from './CriterionFields';
import { QuickCheckFields } from './QuickCheckFields';
import { SaveStatusMessage } from './SaveStatusMessage';
import './assessments.css';

/** One domain of the canvas: its criteria and quick check, saved as they are answered. */
export function DomainPage({
  assessmentId,
  domainKey,
  cameFromCheck,
  leadsSystems,
}: {
  assessmentId: string;
  domainKey: string;
  /** The ICSs the signed-in person leads (see AssessmentFrame). */
  leadsSystems: readonly string[];
  /** The person came from "Check your answers" to change an answer: "Save and continue" goes back there. */
  cameFromCheck: boolean;
}) {
  return (
    <AssessmentFrame assessmentId={assessmentId} title="Your self-assessment" leadsSystems={leadsSystems}>
      {(assessment, parts) => {
        const domain = assessment.framework.domains.find((d) => d.key === domainKey);
        if (!domain) return <NotFoundPage />;
        // A submitted assessment cannot change: its task list shows it read-only.
        if (!assessment.canEdit) return <Navigate replace to={taskListPath(assessmentId)} />;
        return <DomainForm key={domain.key} assessment={assessment} domain={domain} cameFromCheck={cameFromCheck} parts={parts} />;
      }}
    </AssessmentFrame>
  );
}

function DomainForm({
  assessment,
  domain,
  cameFromCheck,
  parts: { voice, marking },
}: {
  assessment: AssessmentDetails;
  domain: FrameworkDomain;
  cameFromCheck: boolean;
  parts: AssessmentFrameParts;
}) {
  const navigate = useNavigate();
  const form = useFormErrors();
  const domains = assessment.framework.domains;
  const position = domainPosition(domains, domain.key);
  /** What the page shows: the domain's words with each abbreviation explained at its first use. */
  const shown = useMemo(() => explainDomains([domain])[0], [domain]);
  const [values, setValues] = useState<PageFormValues>(() => pageFormValuesFrom(domain, pageAnswersFrom(domain, assessment)));
  const valuesRef = useRef(values);
  const [leaving, setLeaving] = useState(false);
  const [resolving, setResolving] = useState(false);

  const getValues = useCallback(() => valuesRef.current, []);
  const replaceValues = useCallback((next: PageFormValues) => {
    valuesRef.current = next;
    setValues(next);
  }, []);
  const autosave = usePageAutosave({ assessment, page: domain, getValues, onReplaceValues: replaceValues });

  const update = (change: (current: PageFormValues) => PageFormValues) => {
    replaceValues(change(valuesRef.current));
    autosave.changed();
  };
  const changeAnswer = (criterionKey: string) => (change: Partial<AnswerFormValues>) =>
    update((v) => ({ ...v, responses: { ...v.responses, [criterionKey]: { ...v.responses[criterionKey], ...change } } }));
  const changeQuickCheck = (questionKey: string, answer: string) =>
    update((v) => ({ ...v, quickCheck: { ...v.quickCheck, [questionKey]: answer } }));

  /** "Save and continue" and "Save and return": nothing invalid is left behind unsaved, and nothing is lost. */
  const saveAndGo = async (to: string) => {
    if (leaving) return;
    const problems = pageProblems(domain, valuesRef.current);
    if (problems.length > 0) return form.show(problems);
    if (autosave.conflict) {
      document.querySelector<HTMLElement>('[data-testid="conflict"]')?.focus();
      return;
    }
    setLeaving(true);
    const outcome = await autosave.saveNow();
    setLeaving(false);
    if (outcome.kind === 'failed') return form.show(answerErrorsFrom(outcome.error, domain.criteria.map((c) => c.key)));
    if (outcome.kind === 'conflict') return;
    form.clear();
    navigate(to);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void saveAndGo(afterDomainPath(assessment.id, domains, domain.key, cameFromCheck));
  };
  const saveAndReturn = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void saveAndGo(taskListPath(assessment.id));
  };

  const keepMine = async () => {
    setResolving(true);
    const outcome = await autosave.keepMine();
    setResolving(false);
    if (outcome.kind === 'failed') form.show(answerErrorsFrom(outcome.error, domain.criteria.map((c) => c.key)));
    if (outcome.kind !== 'conflict') document.querySelector<HTMLElement>('#maincontent h1')?.focus();
  };
  const useSaved = () => {
    autosave.takeSaved();
    form.clear();
    document.querySelector<HTMLElement>('#maincontent h1')?.focus();
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to={taskListPath(assessment.id)}>
          {voice.backToAssessment}
        </BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading
          hasErrors={form.errors.length > 0}
          caption={position ? `Domain ${position.number} of ${position.total}` : undefined}
        >
          {shown.title}
        </PageHeading>
        {marking}
        <p className="nhsuk-lede-text">{shown.summary}</p>
        <SourcesDetails sources={domain.sources} />
        <p className="nhsuk-body-s">
          {voice.onBehalf ? 'Answers' : 'Your answers'} are saved as you go. You can leave this page and come back to it at
          any time.
        </p>
        <SaveStatusMessage status={autosave.status} />
        {autosave.conflict ? (
          <ConflictCallout
            domain={domain}
            differences={autosave.conflict.differences}
            busy={resolving}
            onKeepMine={() => void keepMine()}
            onUseSaved={useSaved}
          />
        ) : null}
        <form method="post" noValidate onSubmit={submit}>
          {shown.criteria.map((criterion, index) => (
            <Fragment key={criterion.key}>
              <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
              <CriterionFields
                criterion={criterion}
                position={`Criterion ${index + 1} of ${domain.criteria.length}`}
                values={values.responses[criterion.key]}
                errors={form.errors}
                onChange={changeAnswer(criterion.key)}
                onTextBlur={autosave.flush}
              />
            </Fragment>
          ))}
          <QuickCheckFields questions={shown.quickCheck} values={values.quickCheck} onChange={changeQuickCheck} />
          <div className="nhsuk-button-group">
            <Button type="submit">Save and continue</Button>
            <Link className="nhsuk-link" to={taskListPath(assessment.id)} onClick={saveAndReturn}>
              Save and return to the task list
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

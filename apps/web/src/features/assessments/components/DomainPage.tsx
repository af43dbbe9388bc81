import { useCallback, useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { NotFoundPage } from '../../../components/ErrorPages';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { LeaveWarning } from '../../../components/LeaveWarning';
import type { FormError } from '../../../lib/form-errors';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import type { AssessmentDetails, FrameworkDomain } from '../api/get-assessment';
import { usePageAutosave } from '../hooks/use-page-autosave';
import { pageAnswersFrom, pageFormValuesFrom, pageProblems, type AnswerFormValues, type PageFormValues } from '../utils/answers';
import { answerErrorsFrom } from '../utils/field-ids';
import { afterDomainPath, domainPosition, taskListPath } from '../utils/paths';
import { browserStorage, notSavedMessage, withKeptText } from '../utils/unsaved';
import { AssessmentFrame, type AssessmentFrameParts } from './AssessmentFrame';
import { ConflictCallout } from './ConflictCallout';
import { DomainQuestions } from './DomainQuestions';
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
  // What is saved, with any text typed here before that is not saved yet (kept in this tab: see utils/unsaved).
  const [initial] = useState(() =>
    withKeptText(browserStorage(), assessment.id, domain, pageFormValuesFrom(domain, pageAnswersFrom(domain, assessment))),
  );
  const [values, setValues] = useState<PageFormValues>(initial.values);
  const [restored, setRestored] = useState(initial.restored);
  const valuesRef = useRef(values);
  const [leaving, setLeaving] = useState(false);
  const [resolving, setResolving] = useState(false);

  const getValues = useCallback(() => valuesRef.current, []);
  const replaceValues = useCallback((next: PageFormValues) => {
    valuesRef.current = next;
    setValues(next);
  }, []);
  const autosave = usePageAutosave({ assessment, page: domain, getValues, onReplaceValues: replaceValues });

  const criterionNumber = (criterionKey: string) =>
    `${position?.number ?? ''}.${domain.criteria.findIndex((c) => c.key === criterionKey) + 1}`;
  // As the last save found the form (a second after typing stops, or when a field is left): what is not saved, and why.
  const notSaved = notSavedMessage(domain, autosave.checked, criterionNumber);
  const checkedProblems = pageProblems(domain, autosave.checked);
  const errors: FormError[] = [
    ...form.errors,
    ...checkedProblems.filter((p) => !form.errors.some((e) => e.fieldId === p.fieldId)),
  ];
  const failed = ['retrying', 'refused', 'conflict'].includes(autosave.status.kind);
  const unsaved = failed || pageProblems(domain, values).length > 0;
  const leave = useLeaveGuard(unsaved);

  // Text kept from before is back in the form: save what can be saved of it now.
  const { changed: autosaveChanged } = autosave;
  useEffect(() => {
    if (initial.restored.length > 0) autosaveChanged();
  }, [autosaveChanged, initial.restored.length]);
  // Once everything typed is saved, the notice about kept text has done its work.
  useEffect(() => {
    if (restored.length > 0 && !unsaved && autosave.status.kind === 'saved') setRestored([]);
  }, [autosave.status.kind, restored.length, unsaved]);

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
    leave.allowNext();
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
    <DomainQuestions
      domains={domains}
      domain={domain}
      parts={{ voice, marking }}
      backTo={taskListPath(assessment.id)}
      values={values}
      errors={errors}
      onAnswerChange={(criterionKey, change) => changeAnswer(criterionKey)(change)}
      onQuickCheckChange={changeQuickCheck}
      onTextBlur={autosave.flush}
      onSubmit={submit}
      onSaveAndReturn={saveAndReturn}
      beforeHeading={
        <>
          <LeaveWarning
            guard={leave}
            focusOnStay={() => {
              // Back to the first field that is not saved.
              const fieldId = pageProblems(domain, valuesRef.current)[0]?.fieldId;
              return fieldId ? document.getElementById(fieldId) : null;
            }}
          >
            <p>{notSaved ?? 'Your latest changes could not be saved yet.'}</p>
            <p>
              If you leave now, text that is not saved stays in this browser tab and comes back when you return to this
              page, but it is not part of {voice.onBehalf ? 'the' : 'your'} self-assessment until it is saved.
            </p>
          </LeaveWarning>
          <ErrorSummary errors={errors} focusKey={form.submissions} live />
        </>
      }
      status={
        <>
          {restored.length > 0 ? (
            <div className="nhsuk-inset-text" data-testid="kept-text-notice">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <h2 className="nhsuk-heading-s">You have text that is not saved yet</h2>
              <p>
                We kept what you typed on this page before, for criterion {restored.map(criterionNumber).join(', ')}. It
                is shown below{notSaved ? ', but it cannot be saved until it is put right' : ' and is being saved now'}.
              </p>
            </div>
          ) : null}
          <SaveStatusMessage status={autosave.status} notSaved={notSaved} />
          {autosave.conflict ? (
            <ConflictCallout
              domain={domain}
              differences={autosave.conflict.differences}
              busy={resolving}
              onKeepMine={() => void keepMine()}
              onUseSaved={useSaved}
            />
          ) : null}
        </>
      }
    />
  );
}

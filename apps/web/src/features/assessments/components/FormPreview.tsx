import { BackLink, SummaryList } from 'nhsuk-react-components';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { NotFoundPage } from '../../../components/ErrorPages';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import type { FrameworkDomain } from '../api/get-assessment';
import { pageProblems, type AnswerFormValues, type PageFormValues } from '../utils/answers';
import { afterPreviewDomain, emptyPreviewValues, previewProgress } from '../utils/preview';
import { assessmentVoice } from '../utils/voice';
import type { AssessmentFrameParts } from './AssessmentFrame';
import { DomainQuestions } from './DomainQuestions';
import { DomainTaskList } from './DomainTaskList';
import './assessments.css';

/** Where the preview's pages are (the canvas version's, given by whoever shows the preview). */
export interface FormPreviewPaths {
  readonly taskList: string;
  readonly domain: (domainKey: string) => string;
}

/**
 * A canvas version as the online form an ICS lead fills in: the assessment's task list and each domain's page, drawn
 * by the very components of the lead's pages (DomainTaskList, DomainQuestions), so what is checked is what ICSs get.
 * Nothing is saved: what is entered stays in this component, for as long as the preview is open, and nothing is sent.
 */
export function FormPreview({
  domains,
  domainKey,
  caption,
  back,
  paths,
}: {
  domains: readonly FrameworkDomain[];
  /** The domain page shown, or null for the task list. */
  domainKey: string | null;
  /** Above the task list's h1: which version this is. */
  caption: string;
  /** From the task list, back out of the preview. */
  back: { readonly to: string; readonly label: string };
  paths: FormPreviewPaths;
}) {
  const [values, setValues] = useState<PageFormValues>(() => emptyPreviewValues(domains));
  // The lead's own words ("your"), as a lead of an ICS reads them; the notice says it is a preview on every page.
  const parts: AssessmentFrameParts = { voice: assessmentVoice('your ICS', false), marking: <PreviewNotice /> };

  if (domainKey === null) return <PreviewTaskList domains={domains} values={values} caption={caption} back={back} paths={paths} parts={parts} />;
  const domain = domains.find((d) => d.key === domainKey);
  if (!domain) return <NotFoundPage />;
  return <PreviewDomain key={domain.key} domains={domains} domain={domain} values={values} onChange={setValues} paths={paths} parts={parts} />;
}

/** Directly after each preview page's h1, where screen reader users start reading. */
function PreviewNotice() {
  return (
    <div className="nhsuk-warning-callout" data-testid="preview-notice">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Preview
        </span>
      </h2>
      <p>This is a preview. Nothing you enter is saved.</p>
      <p>
        It shows the form exactly as ICS leads will see it, so it still talks about saving. What you enter stays on
        these pages until you leave the preview.
      </p>
    </div>
  );
}

function PreviewTaskList({
  domains,
  values,
  caption,
  back,
  paths,
  parts: { voice, marking },
}: {
  domains: readonly FrameworkDomain[];
  values: PageFormValues;
  caption: string;
  back: { readonly to: string; readonly label: string };
  paths: FormPreviewPaths;
  parts: AssessmentFrameParts;
}) {
  const progress = previewProgress(domains, values);
  const completed = progress.filter((p) => p.status === 'COMPLETED').length;
  return (
    <>
      <BackLink asElement={Link} to={back.to}>
        {back.label}
      </BackLink>
      <PageHeading caption={caption}>{voice.heading(true)}</PageHeading>
      {marking}
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Domains completed</SummaryList.Key>
          <SummaryList.Value data-testid="domains-completed">
            {completed} of {domains.length}
          </SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      <DomainTaskList
        domains={domains}
        progress={progress}
        domainHref={paths.domain}
        checkHref={null}
        checkNote="Not in the preview: answers cannot be checked or submitted here."
        voice={voice}
      />
    </>
  );
}

function PreviewDomain({
  domains,
  domain,
  values,
  onChange,
  paths,
  parts,
}: {
  domains: readonly FrameworkDomain[];
  domain: FrameworkDomain;
  values: PageFormValues;
  onChange: (change: (current: PageFormValues) => PageFormValues) => void;
  paths: FormPreviewPaths;
  parts: AssessmentFrameParts;
}) {
  const navigate = useNavigate();
  const form = useFormErrors();

  const changeAnswer = (criterionKey: string, change: Partial<AnswerFormValues>) =>
    onChange((v) => ({ ...v, responses: { ...v.responses, [criterionKey]: { ...v.responses[criterionKey], ...change } } }));
  const changeQuickCheck = (questionKey: string, answer: string) =>
    onChange((v) => ({ ...v, quickCheck: { ...v.quickCheck, [questionKey]: answer } }));

  /** As the lead's page does, a field that could not be saved stops the page being left: here nothing is saved. */
  const go = (to: string) => {
    const problems = pageProblems(domain, values);
    if (problems.length > 0) return form.show(problems);
    form.clear();
    navigate(to);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = afterPreviewDomain(domains, domain.key);
    go(next ? paths.domain(next) : paths.taskList);
  };
  const saveAndReturn = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    go(paths.taskList);
  };

  return (
    <DomainQuestions
      domains={domains}
      domain={domain}
      parts={parts}
      backTo={paths.taskList}
      values={values}
      errors={form.errors}
      onAnswerChange={changeAnswer}
      onQuickCheckChange={changeQuickCheck}
      onTextBlur={() => undefined}
      onSubmit={submit}
      onSaveAndReturn={saveAndReturn}
      beforeHeading={<ErrorSummary errors={form.errors} focusKey={form.submissions} />}
    />
  );
}

import { Button, Select, Textarea, TextInput } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LeaveWarning } from '../../../components/LeaveWarning';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { savedAtMessage } from '../../../lib/format';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import type { LearningProgramme } from '../api/get-learning-programme';
import { useSaveLearningProgramme } from '../api/save-learning-programme';
import { CATEGORY_LABEL } from '../utils/labels';
import {
  ADD_SESSION_DOMAIN_ID,
  addSession,
  coachingIds,
  ICS_RECOMMENDATIONS,
  planFormFrom,
  planInput,
  planProblems,
  sessionIds,
  toggle,
  type CoachingForm,
  type PlanForm,
  type SessionForm,
} from '../utils/plan-form';
import { CheckboxGroup } from './CheckboxGroup';

interface Names {
  readonly domainTitle: (key: string) => string;
  readonly systemName: (id: string) => string;
}

/**
 * The coach's plan: each group session (title, ICSs invited, notes; remove; add one on a domain) and each ICS's
 * individual coaching (topics, recommendations, peers, notes). "Save learning programme" sends it against the version
 * shown; someone else's save in between is a conflict, never overwritten.
 */
export function PlanEditor({
  programme,
  domains,
  names,
  errors,
  onProblems,
  onSaved,
  onReload,
}: {
  programme: LearningProgramme;
  domains: readonly { key: string; number: number; title: string }[];
  names: Names;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onSaved: (message: string) => void;
  /** After a conflict: forget this form and show what is saved now. */
  onReload: () => void;
}) {
  const [form, setForm] = useState<PlanForm>(() => planFormFrom(programme.plan, programme.systems));
  // The plan as last saved (or loaded): while the form differs from it, leaving the page asks first.
  const [savedForm, setSavedForm] = useState(form);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const unsaved = JSON.stringify(form) !== JSON.stringify(savedForm);
  const guard = useLeaveGuard(unsaved);
  const [conflict, setConflict] = useState(false);
  const [addDomain, setAddDomain] = useState('');
  const save = useSaveLearningProgramme();
  const sessionsHeading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  }, [form]);

  const systemIds = programme.systems.map((s) => s.id);
  const changeSession = (key: string, change: Partial<SessionForm>) =>
    setForm((f) => ({ ...f, sessions: f.sessions.map((s) => (s.key === key ? { ...s, ...change } : s)) }));
  const changeCoaching = (systemId: string, change: Partial<CoachingForm>) =>
    setForm((f) => ({ ...f, coaching: f.coaching.map((c) => (c.systemId === systemId ? { ...c, ...change } : c)) }));
  const removeSession = (key: string) => {
    setForm((f) => ({ ...f, sessions: f.sessions.filter((s) => s.key !== key) }));
    // The button that was pressed has gone: keep the keyboard user in the same part of the page.
    sessionsHeading.current?.focus();
  };
  const add = () => {
    if (!addDomain) {
      onProblems([{ fieldId: ADD_SESSION_DOMAIN_ID, message: 'Choose the domain of the session to add.' }]);
      return;
    }
    const proposed = programme.proposal.groupSessions.find((g) => g.domainKey === addDomain);
    const next = addSession(form, addDomain, `${names.domainTitle(addDomain)}: group session`, proposed?.systemIds ?? []);
    focusAfter.current = sessionIds(`s${form.nextKey}`).title;
    setForm(next);
    setAddDomain('');
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const problems = planProblems(form, names);
    if (problems.length > 0) return onProblems(problems);
    const { input, fieldIds } = planInput(form, { cohortId: programme.cohortId, cycleId: programme.cycle.id, expectedVersion: programme.version ?? null });
    save.mutate(input, {
      onSuccess: () => {
        setSavedForm(form);
        setConflict(false);
        setSavedAt(savedAtMessage(new Date()));
        onSaved('Learning programme saved');
      },
      onError: (error) => {
        const isConflict = error instanceof GraphQLRequestError && error.code === 'CONFLICT';
        setConflict(isConflict);
        onProblems(
          isConflict
            ? [{ message: `${error.message} Your changes are not saved: load the saved programme, then make them again.` }]
            : formErrorsFrom(error, fieldIds),
        );
      },
    });
  };

  const proposalFor = (systemId: string) => programme.proposal.individualCoaching.find((c) => c.systemId === systemId);

  return (
    <form method="post" noValidate onSubmit={submit} className="app-no-print" aria-labelledby="plan-heading">
      <LeaveWarning guard={guard}>
        <p>Your changes to the learning programme are not saved yet. If you leave now, they will be lost.</p>
      </LeaveWarning>
      {conflict ? (
        <div className="nhsuk-warning-callout" data-testid="conflict">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Someone else saved this learning programme
            </span>
          </h3>
          <p>They saved it after you opened this page. Load what is saved now, then make your changes again.</p>
          <Button type="button" secondary className="nhsuk-u-margin-bottom-0" onClick={onReload}>
            Load the saved programme
          </Button>
        </div>
      ) : null}

      <h3 ref={sessionsHeading} tabIndex={-1} id="sessions-heading">
        Group sessions
      </h3>
      {form.sessions.length === 0 ? <p>No group sessions are planned.</p> : null}
      {form.sessions.map((session, index) => {
        const ids = sessionIds(session.key);
        return (
          <fieldset key={session.key} className="nhsuk-fieldset app-programme-card" id={ids.fieldset} data-testid="plan-session">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              {`Group session ${index + 1}: ${names.domainTitle(session.domainKey)}`}
            </legend>
            <TextInput
              id={ids.title}
              name={ids.title}
              label="Title"
              value={session.title}
              onChange={(event) => changeSession(session.key, { title: event.target.value })}
              error={errorFor(errors, ids.title)}
              autoComplete="off"
            />
            <CheckboxGroup
              id={ids.systems}
              legend="ICSs invited"
              error={errorFor(errors, ids.systems)}
              options={programme.systems.map((s) => ({ value: s.id, label: s.name }))}
              selected={session.systemIds}
              onChange={(id, on) => changeSession(session.key, { systemIds: toggle(session.systemIds, id, on, systemIds) })}
            />
            <Textarea
              id={ids.notes}
              name={ids.notes}
              label="Notes (optional)"
              rows={3}
              value={session.notes}
              onChange={(event) => changeSession(session.key, { notes: event.target.value })}
              error={errorFor(errors, ids.notes)}
            />
            <Button type="button" secondary small id={ids.remove} onClick={() => removeSession(session.key)}>
              Remove<span className="nhsuk-u-visually-hidden">{` group session ${index + 1}, ${session.title}`}</span>
            </Button>
          </fieldset>
        );
      })}
      <div className="app-programme-card">
        <Select
          id={ADD_SESSION_DOMAIN_ID}
          name="addSessionDomain"
          label="Add a group session on"
          labelProps={{ size: 's' }}
          value={addDomain}
          onChange={(event) => setAddDomain(event.target.value)}
          error={errorFor(errors, ADD_SESSION_DOMAIN_ID)}
        >
          <Select.Option value="">Choose a domain</Select.Option>
          {domains.map((d) => (
            <Select.Option key={d.key} value={d.key}>
              {`${d.number}. ${d.title}`}
            </Select.Option>
          ))}
        </Select>
        <Button type="button" secondary onClick={add}>
          Add a group session
        </Button>
      </div>

      <h3>Individual coaching</h3>
      {form.coaching.map((coaching) => {
        const ids = coachingIds(coaching.systemId);
        const name = names.systemName(coaching.systemId);
        const suggested = new Map(
          (proposalFor(coaching.systemId)?.gaps ?? []).flatMap((g) => g.peers.map((p) => [p.systemId, `${CATEGORY_LABEL(p.category)}; suggested for ${names.domainTitle(g.domainKey)}`] as const)),
        );
        return (
          <fieldset key={coaching.systemId} className="nhsuk-fieldset app-programme-card" data-testid="plan-coaching" data-system={name}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{name}</legend>
            <Textarea
              id={ids.topics}
              name={ids.topics}
              label="Coaching topics"
              hint="One topic a line."
              rows={4}
              value={coaching.topics}
              onChange={(event) => changeCoaching(coaching.systemId, { topics: event.target.value })}
              error={errorFor(errors, ids.topics)}
            />
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  {`Recommendations for ${name} (${coaching.recommendationIds.length} chosen)`}
                </span>
              </summary>
              <div className="nhsuk-details__text">
                <CheckboxGroup
                  id={ids.recommendations}
                  legend="Recommendations"
                  hint="From the recommendations for integrated care systems (ICSs) in Adopting inclusive digital transformation in mental health: discovery findings report, Thrive by Design for NHS England and Improvement, March 2022."
                  error={errorFor(errors, ids.recommendations)}
                  options={ICS_RECOMMENDATIONS.map((r) => ({ value: r.id, label: `${r.id}: ${r.title}` }))}
                  selected={coaching.recommendationIds}
                  onChange={(id, on) =>
                    changeCoaching(coaching.systemId, { recommendationIds: toggle(coaching.recommendationIds, id, on, ICS_RECOMMENDATIONS.map((r) => r.id)) })
                  }
                />
              </div>
            </details>
            <CheckboxGroup
              id={ids.peers}
              legend="Peers to learn from"
              hint="Other ICSs in the cohort, stronger where this one is weaker."
              error={errorFor(errors, ids.peers)}
              options={programme.systems
                .filter((s) => s.id !== coaching.systemId)
                .map((s) => ({ value: s.id, label: s.name, hint: suggested.get(s.id) }))}
              selected={coaching.peerSystemIds}
              onChange={(id, on) => changeCoaching(coaching.systemId, { peerSystemIds: toggle(coaching.peerSystemIds, id, on, systemIds) })}
            />
            <Textarea
              id={ids.notes}
              name={ids.notes}
              label="Notes (optional)"
              rows={3}
              value={coaching.notes}
              onChange={(event) => changeCoaching(coaching.systemId, { notes: event.target.value })}
              error={errorFor(errors, ids.notes)}
            />
          </fieldset>
        );
      })}
      <div className="app-save-row">
        <Button type="submit">Save learning programme</Button>
        {/* Beside the button, for whoever is down here: the banner at the top of this long page says it to screen readers. */}
        {savedAt && !unsaved ? (
          <p className="app-save-row__saved" aria-hidden="true" data-testid="saved-beside-button">
            {savedAt}
          </p>
        ) : null}
      </div>
    </form>
  );
}

import { Button, DateInput, Radios, Select, TextInput } from 'nhsuk-react-components';
import { CharacterCount } from '../../../components/CharacterCount';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { DataTable } from '../../../components/DataTable';
import { LeaveWarning } from '../../../components/LeaveWarning';
import { DetailPage, type DetailPageTools } from '../../../components/DetailPage';
import type { DateParts } from '../../../lib/date-parts';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { formatIsoDate } from '../../../lib/format';
import { useLeaveGuard } from '../../../lib/use-leave-guard';
import { useActionPlan, useChangeActionPlan, type ActionPlanItem } from '../api/action-plan';
import {
  ACTION_FIELD_IDS,
  ACTION_LIMITS,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  actionFormFrom,
  actionInputFrom,
  domainTitleOf,
  emptyActionForm,
  type ActionDomain,
  type ActionFormValues,
} from '../utils/action-form';
import './action-plan.css';

/**
 * "How to get there" (PRODUCT §3): one ICS's action plan, by canvas domain, carried from cycle to cycle until each
 * action is done. Its leads (`canManage`) add, change and remove actions here; its coaches, national viewers and
 * admins read it. The action being changed is in the address (`?change=<id>`), so "Change" is an ordinary link.
 */
export function ActionPlanPage({ systemId, canManage }: { systemId: string; canManage: boolean }) {
  const plan = useActionPlan(systemId);
  const [params, setParams] = useSearchParams();
  const changingId = canManage ? params.get('change') : null;
  const stopChanging = () => setParams({}, { replace: true, preventScrollReset: true });

  return (
    <DetailPage
      back={{ to: `/systems/${encodeURIComponent(systemId)}/profile`, label: 'Back to the ICS profile' }}
      query={plan}
      title={(data) => (data?.systemName ? `${data.systemName}: action plan` : 'Action plan')}
      what="the action plan"
    >
      {(data, tools) => {
        const changing = data.items.find((item) => item.id === changingId) ?? null;
        return (
          <>
            <p className="nhsuk-lede-text">
              How {data.systemName ?? 'the ICS'} will get from where it is now to where it wants to be: its actions, each for a
              domain of the canvas. An action stays in the plan from one cycle to the next until it is done.
            </p>
            <section aria-labelledby="actions-heading">
              <h2 id="actions-heading">Actions</h2>
              {data.items.length === 0 ? (
                <p data-testid="no-actions">There are no actions in the plan yet.</p>
              ) : (
                <ActionsTable items={data.items} domains={data.domains} canManage={canManage} systemName={data.systemName ?? 'the ICS'} />
              )}
            </section>
            {canManage ? (
              <ActionForm
                // A new form for each action changed, and a fresh one after each change.
                key={changing?.id ?? 'new'}
                systemId={systemId}
                changing={changing}
                domains={data.domains}
                tools={tools}
                onDone={stopChanging}
              />
            ) : null}
          </>
        );
      }}
    </DetailPage>
  );
}

function ActionsTable({
  items,
  domains,
  canManage,
  systemName,
}: {
  items: readonly ActionPlanItem[];
  domains: readonly ActionDomain[];
  canManage: boolean;
  systemName: string;
}) {
  return (
    <DataTable
      caption={`${systemName}'s actions, open ones first`}
      testId="action-plan-table"
      responsive
      rowTestId="action-row"
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        { header: 'Action', rowHeader: true, cell: (item) => <span className="app-action-text">{item.action}</span> },
        { header: 'Domain', cell: (item) => domainTitleOf(domains, item.domainKey) },
        { header: 'Owner', cell: (item) => item.owner || '–' },
        { header: 'Due', cell: (item) => (item.dueOn ? formatIsoDate(item.dueOn) : '–') },
        { header: 'Status', cell: (item) => <strong className={`nhsuk-tag ${STATUS_TAGS[item.status]}`}>{ACTION_STATUS_LABELS[item.status]}</strong> },
        ...(canManage
          ? [
              {
                header: <span className="nhsuk-u-visually-hidden">Change</span>,
                cell: (item: ActionPlanItem) => (
                  <Link to={`?change=${encodeURIComponent(item.id)}`} preventScrollReset>
                    Change<span className="nhsuk-u-visually-hidden"> the action “{item.action}”</span>
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

const STATUS_TAGS: Readonly<Record<ActionPlanItem['status'], string>> = {
  NOT_STARTED: 'nhsuk-tag--grey',
  IN_PROGRESS: 'nhsuk-tag--blue',
  DONE: 'nhsuk-tag--green',
};

/** Adds an action, or changes or removes the one being changed. Problems go to the page's error summary and beside each field. */
function ActionForm({
  systemId,
  changing,
  domains,
  tools: { form, changed },
  onDone,
}: {
  systemId: string;
  changing: ActionPlanItem | null;
  domains: readonly ActionDomain[];
  tools: DetailPageTools;
  onDone: () => void;
}) {
  const { add, update, remove } = useChangeActionPlan(systemId);
  const [initial] = useState<ActionFormValues>(() => (changing ? actionFormFrom(changing) : emptyActionForm()));
  const [values, setValues] = useState<ActionFormValues>(initial);
  // What is typed here and not added or saved yet is not left behind without a word.
  const guard = useLeaveGuard(JSON.stringify(values) !== JSON.stringify(initial));
  const heading = useRef<HTMLHeadingElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const set = (change: Partial<ActionFormValues>) => setValues((v) => ({ ...v, ...change }));
  const busy = add.isPending || update.isPending || remove.isPending;
  const { errors } = form;

  // "Change" takes the person to the form, with its heading read first.
  useEffect(() => {
    if (changing) heading.current?.focus();
  }, [changing]);

  // The API's problems, each beside its field where it names one.
  const onError = (error: unknown) => form.show(formErrorsFrom(error, ACTION_FIELD_IDS));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = actionInputFrom(values, domains);
    if (checked.input === null) {
      form.show(checked.errors);
      return;
    }
    if (changing) {
      const onSuccess = () => {
        changed('Action changed.');
        onDone();
      };
      update.mutate({ id: changing.id, input: checked.input }, { onSuccess, onError });
    } else {
      const onSuccess = () => {
        changed('Action added to the plan.');
        setValues(emptyActionForm());
      };
      add.mutate(checked.input, { onSuccess, onError });
    }
  };

  const removeIt = () => {
    if (!changing || busy) return;
    setConfirmingRemove(false);
    remove.mutate(changing.id, {
      onSuccess: () => {
        changed('Action removed from the plan.');
        onDone();
      },
      onError,
    });
  };

  const dateError = errorFor(errors, ACTION_FIELD_IDS.dueOn);
  // The date input's own change event bubbles to it too: each box's change is taken here alone.
  const setDue = (part: keyof DateParts) => (event: ChangeEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const value = event.target.value;
    setValues((v) => ({ ...v, dueOn: { ...v.dueOn, [part]: value } }));
  };
  return (
    <section aria-labelledby="action-form-heading" className="nhsuk-u-margin-top-7">
      <h2 id="action-form-heading" ref={heading} tabIndex={-1}>
        {changing ? 'Change an action' : 'Add an action'}
      </h2>
      <LeaveWarning guard={guard} focusOnStay={() => document.getElementById(ACTION_FIELD_IDS.action)}>
        <p>
          {changing ? 'Your changes to this action are' : 'The action you are writing is'} not saved yet. If you leave now,
          {changing ? ' they' : ' it'} will be lost.
        </p>
      </LeaveWarning>
      <form method="post" noValidate onSubmit={submit} data-testid="action-form">
        <Select
          id={ACTION_FIELD_IDS.domainKey}
          name="domainKey"
          label="Domain"
          hint="The domain of the canvas this action helps with."
          value={values.domainKey}
          onChange={(event) => set({ domainKey: event.target.value })}
          error={errorFor(errors, ACTION_FIELD_IDS.domainKey)}
        >
          <Select.Option value="">Choose a domain</Select.Option>
          {domains.map((d) => (
            <Select.Option key={d.key} value={d.key}>
              {d.title}
            </Select.Option>
          ))}
        </Select>
        <CharacterCount
          id={ACTION_FIELD_IDS.action}
          name="action"
          label="Action"
          hint="What will be done, in a sentence or two."
          maxLength={ACTION_LIMITS.action}
          rows={3}
          value={values.action}
          onChange={(event) => set({ action: event.target.value })}
          error={errorFor(errors, ACTION_FIELD_IDS.action)}
        />
        <TextInput
          id={ACTION_FIELD_IDS.owner}
          name="owner"
          label="Owner (optional)"
          hint="A person or a role, for example: digital inclusion lead."
          autoComplete="off"
          className="nhsuk-u-width-two-thirds"
          value={values.owner}
          onChange={(event) => set({ owner: event.currentTarget.value })}
          error={errorFor(errors, ACTION_FIELD_IDS.owner)}
        />
        <DateInput id="action-due" name="dueOn" legend="Due date (optional)" legendProps={{ size: 's' }} hint="For example, 31 3 2027" error={dateError}>
          <DateInput.Day id={ACTION_FIELD_IDS.dueOn} value={values.dueOn.day} onChange={setDue('day')} />
          <DateInput.Month value={values.dueOn.month} onChange={setDue('month')} />
          <DateInput.Year value={values.dueOn.year} onChange={setDue('year')} />
        </DateInput>
        <Radios name="status" legend="Status" legendProps={{ size: 's' }} id={ACTION_FIELD_IDS.status}>
          {ACTION_STATUSES.map((status) => (
            <Radios.Item
              key={status}
              id={`action-status-${status.toLowerCase().replace(/_/g, '-')}`}
              value={status}
              checked={values.status === status}
              onChange={() => set({ status })}
            >
              {ACTION_STATUS_LABELS[status]}
            </Radios.Item>
          ))}
        </Radios>
        <div className="nhsuk-button-group">
          <Button type="submit" preventDoubleClick>
            {changing ? 'Save changes' : 'Add action'}
          </Button>
          {changing && !confirmingRemove ? (
            <>
              <Button type="button" warning ref={removeButton} onClick={() => setConfirmingRemove(true)}>
                Remove this action
              </Button>
              <Link to="?" replace preventScrollReset className="nhsuk-link">
                Cancel
              </Link>
            </>
          ) : null}
        </div>
        {changing && confirmingRemove ? (
          <ConfirmPanel
            heading="Remove this action?"
            confirm="Yes, remove this action"
            cancel="No, keep it"
            warning
            busy={busy}
            onConfirm={removeIt}
            onCancel={() => {
              setConfirmingRemove(false);
              // Back to the button that asked.
              setTimeout(() => removeButton.current?.focus());
            }}
            testId="confirm-remove"
          >
            <p className="app-action-text">“{changing.action}” will be taken out of the plan. This cannot be undone.</p>
          </ConfirmPanel>
        ) : null}
      </form>
    </section>
  );
}

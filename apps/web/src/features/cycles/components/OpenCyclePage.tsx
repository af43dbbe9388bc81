import { BackLink, Button, Checkboxes, DateInput, Radios, Select, TextInput } from 'nhsuk-react-components';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import type { DateParts } from '../../../lib/date-parts';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import type { NoticeState } from '../../../lib/notice';
import { useOpenCycle, useOpenCycleChoices } from '../api/cycles';
import { cycleCanvasOptions, emptyOpenCycleValues, OPEN_CYCLE_FIELDS, openCycleFormProblems, openCycleInput, type OpenCycleValues } from '../utils/cycle-form';

/** "Open a cycle": every problem (from the form, then the domain's rules through the API) in the summary and beside its field. */
export function OpenCyclePage() {
  const form = useFormErrors();
  const navigate = useNavigate();
  const choices = useOpenCycleChoices();
  const openCycle = useOpenCycle();
  const [values, setValues] = useState<OpenCycleValues>(emptyOpenCycleValues);
  const set = (patch: Partial<OpenCycleValues>) => setValues((v) => ({ ...v, ...patch }));
  const setDate = (key: 'opensOn' | 'closesOn', part: keyof DateParts) => (event: ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [key]: { ...v[key], [part]: event.target.value } }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (openCycle.isPending) return;
    const problems = openCycleFormProblems(values);
    if (problems.length > 0) return form.show(problems);
    openCycle.mutate(openCycleInput(values), {
      onSuccess: (cycle) => {
        form.clear();
        const state: NoticeState = { notice: `${cycle.name} is open. The ICSs taking part each have a draft to complete.` };
        navigate(`/admin/cycles/${cycle.id}`, { state });
      },
      onError: (error) => form.show(formErrorsFrom(error, OPEN_CYCLE_FIELDS)),
    });
  };

  const canvasOptions = cycleCanvasOptions(choices.data?.canvasFrameworks ?? []);
  const cohorts = choices.data?.cohorts ?? [];
  return (
    <>
      <BackLink asElement={Link} to="/admin/cycles">
        Back to cycles
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Open a cycle</PageHeading>
      {choices.isPending ? (
        <Loading what="the canvas versions and cohorts" />
      ) : choices.isError ? (
        <QueryError error={choices.error} what="the canvas versions and cohorts" onRetry={() => void choices.refetch()} />
      ) : (
        <form method="post" noValidate onSubmit={submit}>
          <TextInput
            id={OPEN_CYCLE_FIELDS.name}
            name="name"
            label="Cycle name"
            hint='For example, "Baseline 2027". No two cycles can have the same name.'
            autoComplete="off"
            className="nhsuk-u-width-two-thirds"
            value={values.name}
            onChange={(e: ChangeEvent<HTMLInputElement>) => set({ name: e.target.value })}
            error={errorFor(form.errors, OPEN_CYCLE_FIELDS.name)}
          />
          <Select
            id={OPEN_CYCLE_FIELDS.frameworkId}
            name="frameworkId"
            label="Canvas version"
            hint="A new cycle uses the current published version. A draft, or an older version that a newer one has replaced, cannot be used."
            value={values.frameworkId}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => set({ frameworkId: e.target.value })}
            error={errorFor(form.errors, OPEN_CYCLE_FIELDS.frameworkId)}
          >
            <Select.Option value="">Choose a canvas version</Select.Option>
            {canvasOptions.map((o) => (
              <Select.Option key={o.value} value={o.value}>
                {o.label}
              </Select.Option>
            ))}
          </Select>
          <DateInput
            id="cycle-opens"
            name="opensOn"
            legend="Opening date"
            legendProps={{ size: 's' }}
            hint="The first day ICSs can answer. Today or later, for example 1 3 2027"
            error={errorFor(form.errors, OPEN_CYCLE_FIELDS.opensOn)}
          >
            <DateInput.Day id={OPEN_CYCLE_FIELDS.opensOn} value={values.opensOn.day} onChange={setDate('opensOn', 'day')} />
            <DateInput.Month value={values.opensOn.month} onChange={setDate('opensOn', 'month')} />
            <DateInput.Year value={values.opensOn.year} onChange={setDate('opensOn', 'year')} />
          </DateInput>
          <DateInput
            id="cycle-closes"
            name="closesOn"
            legend="Closing date"
            legendProps={{ size: 's' }}
            hint="The last day ICSs can answer. At most a year after opening, for example 31 5 2027"
            error={errorFor(form.errors, OPEN_CYCLE_FIELDS.closesOn)}
          >
            <DateInput.Day id={OPEN_CYCLE_FIELDS.closesOn} value={values.closesOn.day} onChange={setDate('closesOn', 'day')} />
            <DateInput.Month value={values.closesOn.month} onChange={setDate('closesOn', 'month')} />
            <DateInput.Year value={values.closesOn.year} onChange={setDate('closesOn', 'year')} />
          </DateInput>
          <Radios
            name="participants"
            legend="Who takes part"
            legendProps={{ size: 's' }}
            hint="Each ICS taking part gets a draft to complete. An ICS cannot take part in two open cycles whose dates overlap."
            id="cycle-participants"
            error={errorFor(form.errors, OPEN_CYCLE_FIELDS.cohortId)}
          >
            <Radios.Item id={OPEN_CYCLE_FIELDS.cohortId} value="ALL" checked={values.participants === 'ALL'} onChange={() => set({ participants: 'ALL' })}>
              Every ICS (all 42)
            </Radios.Item>
            <Radios.Item
              id="cycle-participants-cohort"
              value="COHORT"
              checked={values.participants === 'COHORT'}
              onChange={() => set({ participants: 'COHORT' })}
            >
              The ICSs of one cohort
            </Radios.Item>
          </Radios>
          {values.participants === 'COHORT' ? (
            <Select
              id="cycle-cohort-choice"
              name="cohortId"
              label="Cohort"
              value={values.cohortId}
              onChange={(e: ChangeEvent<HTMLSelectElement>) => set({ cohortId: e.target.value })}
            >
              <Select.Option value="">Choose a cohort</Select.Option>
              {cohorts.map((c) => (
                <Select.Option key={c.id} value={c.id}>
                  {c.name} ({c.systems.length === 1 ? '1 ICS' : `${c.systems.length} ICSs`})
                </Select.Option>
              ))}
            </Select>
          ) : null}
          <Checkboxes name="illustrative" id="cycle-illustrative-group">
            <Checkboxes.Item
              id={OPEN_CYCLE_FIELDS.illustrative}
              value="yes"
              checked={values.illustrative}
              onChange={(e: ChangeEvent<HTMLInputElement>) => set({ illustrative: e.target.checked })}
              hint="For demonstrations and training: its scores are always labelled illustrative, never shown as real results."
            >
              Its scores are illustrative
            </Checkboxes.Item>
          </Checkboxes>
          <Button type="submit" preventDoubleClick>
            Open the cycle
          </Button>
        </form>
      )}
    </>
  );
}

import { checkCorrection, CorrectedLevel, revisionNote, SIGN_OFF_LIMITS, todayInEngland } from '@idt/domain';
import { Button, Select, SummaryList } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CharacterCount } from '../../../components/CharacterCount';
import { DetailPage } from '../../../components/DetailPage';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { formatIsoDate } from '../../../lib/format';
import type { NoticeState } from '../../../lib/notice';
import { useCorrectableFigures, useReviseFigures, type CorrectableFigures } from '../api/sign-off';
import { CORRECTION_REASON_ID, correctionFields, correctionLevelId, signOffPath } from '../utils/paths';

const LEVELS = [1, 2, 3, 4, 5] as const;
const levelText = (level: number | null) => (level === null ? 'no level' : `level ${level}`);

/**
 * The admin corrects an ICS's published figures: chooses the corrected level of each criterion that was wrong and
 * gives the reason, then checks what will change and who will see it before it is recorded. The rules (a criterion of
 * this canvas version, a level 1–5 that differs, at least one, a reason) are the domain's `checkCorrection`, the same
 * the API applies.
 */
export function CorrectionPage({ cycleId, systemId }: { cycleId: string; systemId: string }) {
  const figures = useCorrectableFigures(cycleId, systemId);
  return (
    <DetailPage
      back={{ to: signOffPath(cycleId), label: 'Back to sign-off' }}
      query={figures}
      title={(data) => (data ? `Correct ${data.systemName}’s figures` : 'Correct an ICS’s figures')}
      what="the figures"
    >
      {(data, { form }) =>
        !data.published || !data.hasFigures ? (
          <p>
            {data.published
              ? `${data.systemName} has no published figures in ${data.cycle.name}: nothing was submitted before it closed.`
              : `${data.cycle.name} is not published yet: its figures are still provisional, so correct them through the review.`}
          </p>
        ) : (
          <CorrectionForm figures={data} errors={form.errors} onProblems={form.show} onClear={form.clear} />
        )
      }
    </DetailPage>
  );
}

function CorrectionForm({
  figures,
  errors,
  onProblems,
  onClear,
}: {
  figures: CorrectableFigures;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onClear: () => void;
}) {
  const revise = useReviseFigures();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<{ reason: string; changes: CorrectedLevel[] } | null>(null);

  const criteria = figures.criteria.map((c) => ({ key: c.criterionKey, title: c.title }));
  const countedLevels = Object.fromEntries(figures.criteria.map((c) => [c.criterionKey, c.level ?? null]));
  const levels = figures.criteria
    .filter((c) => (chosen[c.criterionKey] ?? '') !== '')
    .map((c) => ({ criterionKey: c.criterionKey, level: Number(chosen[c.criterionKey]) }));
  const fields = correctionFields(
    levels.map((l) => l.criterionKey),
    figures.criteria.map((c) => c.criterionKey),
  );
  const name = figures.systemName;

  const toCheck = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = checkCorrection({ reason, levels }, { criteria, countedLevels });
    if (!outcome.ok) return onProblems(outcome.problems.map((p) => ({ fieldId: fields[p.field], message: p.message })));
    onClear();
    setChecked(outcome.value);
    window.scrollTo(0, 0);
  };

  const record = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (revise.isPending || !checked) return;
    revise.mutate(
      { cycleId: figures.cycle.id, systemId: figures.systemId, reason, levels },
      {
        onSuccess: (revision) => {
          const state: NoticeState = {
            notice: `Recorded correction ${revision.number} of ${name}’s figures. The landscape shows the corrected figures, and ${name}’s leads have been told.`,
          };
          void navigate(signOffPath(figures.cycle.id), { state });
        },
        onError: (error) => {
          setChecked(null);
          onProblems(formErrorsFrom(error, fields));
        },
      },
    );
  };

  if (checked) {
    const number = figures.revisions + 1;
    const note = revisionNote(
      [{ systemId: figures.systemId, number, reason: checked.reason, revisedBy: '', revisedOn: todayInEngland(new Date()), changes: checked.changes }],
      figures.systemId,
    );
    return (
      <>
        <h2>Check the correction</h2>
        <SummaryList data-testid="correction-changes">
          {checked.changes.map((change) => (
            <SummaryList.Row key={change.criterionKey}>
              <SummaryList.Key>Criterion {change.title}</SummaryList.Key>
              <SummaryList.Value>
                From {levelText(change.before)} to {levelText(change.after)}
              </SummaryList.Value>
            </SummaryList.Row>
          ))}
          <SummaryList.Row>
            <SummaryList.Key>Reason</SummaryList.Key>
            <SummaryList.Value>{checked.reason}</SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
        <h2>What will happen</h2>
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="correction-statements">
          <li>
            {name}&rsquo;s scores and category in {figures.cycle.name} are worked out again from the corrected levels. Categories compare ICSs
            with each other, so other ICSs&rsquo; categories may change too.
          </li>
          <li>
            It is recorded as correction {number} of {name}&rsquo;s figures, with your name, today&rsquo;s date, each level before and after, and
            the reason.
          </li>
          <li>
            Everyone who sees {name} by name in the landscape (its leads and coaches, national viewers and admins, and other ICSs if {name}{' '}
            shares its name with peers) sees the corrected figures with this note: &ldquo;{note}&rdquo;
          </li>
          <li>ICSs that see {name} without its name see that its figures were corrected, but not which levels or why.</li>
          <li>{name}&rsquo;s leads are told.</li>
          <li>A correction cannot be undone: a later change is another correction.</li>
        </ul>
        <form method="post" noValidate onSubmit={record}>
          <div className="nhsuk-button-group">
            <Button type="submit">Record the correction</Button>
            <Button type="button" secondary onClick={() => setChecked(null)}>
              Change the correction
            </Button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      <p className="nhsuk-lede-text">
        {figures.cycle.name} was published on {formatIsoDate(String(figures.cycle.publishedAt).slice(0, 10))}, which cannot be undone. Choose the
        corrected level of each criterion that was wrong, and say why. You will check the correction before it is recorded.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {figures.basis === 'MODERATED'
            ? `${name}’s figures are on its coach’s moderated levels (its assessment was validated): a corrected level replaces the moderated level. ${name}’s own self-assessed levels are kept.`
            : `${name}’s figures are on its own self-assessed levels (its review had not finished): a corrected level replaces the self-assessed level. The level before is kept in the audit trail.`}
        </p>
      </div>
      <form method="post" noValidate onSubmit={toCheck}>
        {groupByDomain(figures.criteria).map(([domainTitle, inDomain]) => (
          <fieldset className="nhsuk-fieldset" key={domainTitle}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
              <h2 className="nhsuk-fieldset__heading">{domainTitle}</h2>
            </legend>
            {inDomain.map((c) => (
              <Select
                key={c.criterionKey}
                id={correctionLevelId(c.criterionKey)}
                name={c.criterionKey}
                label={`Criterion ${c.title}`}
                hint={`${c.statement} Counts now: ${levelText(c.level ?? null)}.`}
                value={chosen[c.criterionKey] ?? ''}
                onChange={(event) => setChosen((all) => ({ ...all, [c.criterionKey]: event.target.value }))}
                error={errorFor(errors, correctionLevelId(c.criterionKey))}
              >
                <Select.Option value="">No change</Select.Option>
                {LEVELS.filter((level) => level !== c.level).map((level) => (
                  <Select.Option key={level} value={String(level)}>
                    Level {level}
                  </Select.Option>
                ))}
              </Select>
            ))}
          </fieldset>
        ))}
        <CharacterCount
          id={CORRECTION_REASON_ID}
          name="reason"
          label="Reason for the correction"
          hint="Shown with the corrected figures to everyone who sees this ICS by name."
          maxLength={SIGN_OFF_LIMITS.reasonMaxLength}
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errorFor(errors, CORRECTION_REASON_ID)}
        />
        <Button type="submit">Continue</Button>
      </form>
    </>
  );
}

function groupByDomain(criteria: CorrectableFigures['criteria']): [string, CorrectableFigures['criteria']][] {
  const groups = new Map<string, CorrectableFigures['criteria'][number][]>();
  for (const c of criteria) groups.set(c.domainTitle, [...(groups.get(c.domainTitle) ?? []), c]);
  return [...groups];
}

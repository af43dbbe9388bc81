import { SIGN_OFF_LIMITS } from '@idt/domain';
import { Button, Radios, SummaryList, Table } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { CharacterCount } from '../../../components/CharacterCount';
import { DetailPage } from '../../../components/DetailPage';
import { IllustrativeCallout } from '../../../components/IllustrativeCallout';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { formatIsoDate } from '../../../lib/format';
import type { SignOffAnswer } from '../../../gql/graphql';
import { useAnswerSignOff, useProvisionalFigures, type ProvisionalFigures } from '../api/sign-off';
import { scoreText, SIGN_OFF_FIELDS } from '../utils/paths';

/** An ICS lead checks their ICS's provisional figures in a closed cycle, and confirms them or raises a query. */
export function ProvisionalFiguresPage({ cycleId }: { cycleId: string }) {
  const figures = useProvisionalFigures(cycleId);
  return (
    <DetailPage back={{ to: '/', label: 'Back to what to do next' }} query={figures} title={() => 'Check your provisional figures'} what="your figures">
      {(all, { form, changed }) =>
        all.length === 0 ? (
          <p>You do not lead an ICS that took part in this cycle, so there are no figures for you to check.</p>
        ) : (
          all.map((f) => <SystemFigures key={f.systemId} figures={f} errors={form.errors} onProblems={form.show} onAnswered={changed} />)
        )
      }
    </DetailPage>
  );
}

function SystemFigures({
  figures: f,
  errors,
  onProblems,
  onAnswered,
}: {
  figures: ProvisionalFigures;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onAnswered: (message: string) => void;
}) {
  const headingId = `figures-${f.systemId}`;
  return (
    <section aria-labelledby={headingId} data-testid="provisional-figures">
      <h2 id={headingId}>
        {f.systemName}: {f.cycle.name}
      </h2>
      {f.cycle.illustrative ? <IllustrativeCallout /> : null}
      {f.published ? (
        <p>These figures are published and final. A correction now is recorded by the programme team, with a reason.</p>
      ) : (
        <p>
          {f.cycle.name} has closed. Before the landscape is published, check {f.systemName}&rsquo;s figures: other ICSs cannot see them
          yet.
        </p>
      )}
      {!f.hasFigures ? (
        <p>{f.explanation.join(' ')}</p>
      ) : (
        <>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>Overall score</SummaryList.Key>
              <SummaryList.Value data-testid="overall-score">{scoreText(f.overallScore)}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Category</SummaryList.Key>
              <SummaryList.Value>{f.category ?? 'Not placed: there is no overall score'}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Your answer so far</SummaryList.Key>
              <SummaryList.Value data-testid="sign-off-state">
                {f.signOff.label}
                {f.signOff.answeredOn ? `, on ${formatIsoDate(f.signOff.answeredOn)}` : ''}
                {f.signOff.comment ? (
                  <>
                    <br />
                    Your query: {f.signOff.comment}
                  </>
                ) : null}
              </SummaryList.Value>
            </SummaryList.Row>
          </SummaryList>
          <Table caption="Scores by domain" captionProps={{ className: 'nhsuk-table__caption--m' }}>
            <Table.Head>
              <Table.Row>
                <Table.Cell>Domain</Table.Cell>
                <Table.Cell>Score</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {f.domainScores.map((d) => (
                <Table.Row key={d.domainKey}>
                  <Table.Cell>{d.name}</Table.Cell>
                  <Table.Cell>
                    {scoreText(d.score)}
                    {d.incomplete ? ' (fewer than half answered: not in the overall score)' : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <h3>How these figures were worked out</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {f.explanation.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          {f.published ? null : <AnswerForm figures={f} errors={errors} onProblems={onProblems} onAnswered={onAnswered} />}
        </>
      )}
    </section>
  );
}

function AnswerForm({
  figures: f,
  errors,
  onProblems,
  onAnswered,
}: {
  figures: ProvisionalFigures;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onAnswered: (message: string) => void;
}) {
  const answer = useAnswerSignOff();
  const [choice, setChoice] = useState<SignOffAnswer | ''>('');
  const [comment, setComment] = useState(f.signOff.comment ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.isPending) return;
    if (choice === '') return onProblems([{ fieldId: SIGN_OFF_FIELDS.answer, message: 'Choose whether your figures are right or you have a query' }]);
    answer.mutate(
      { cycleId: f.cycle.id, systemId: f.systemId, answer: choice, comment: choice === 'QUERIED' ? comment : null },
      {
        onSuccess: (row) => {
          setChoice('');
          onAnswered(
            row.state === 'CONFIRMED'
              ? `You confirmed ${f.systemName}'s figures. You can still raise a query until the landscape is published.`
              : `Your query about ${f.systemName}'s figures was sent to your coach and the programme team.`,
          );
        },
        onError: (error) => onProblems(formErrorsFrom(error, SIGN_OFF_FIELDS)),
      },
    );
  };

  return (
    <form method="post" noValidate onSubmit={submit} className="nhsuk-u-margin-top-5">
      <Radios
        name="answer"
        legend={f.signOff.state === 'NOT_ANSWERED' ? 'Are these figures right?' : 'Change your answer'}
        legendProps={{ size: 'm' }}
        error={errorFor(errors, SIGN_OFF_FIELDS.answer)}
      >
        <Radios.Item id={SIGN_OFF_FIELDS.answer} value="CONFIRMED" checked={choice === 'CONFIRMED'} onChange={() => setChoice('CONFIRMED')}>
          These figures are right
        </Radios.Item>
        <Radios.Item
          id="answer-queried"
          value="QUERIED"
          checked={choice === 'QUERIED'}
          onChange={() => setChoice('QUERIED')}
          hint="Your coach and the programme team will see your query and check the figures with you."
        >
          Raise a query
        </Radios.Item>
      </Radios>
      {choice === 'QUERIED' ? (
        <CharacterCount
          id={SIGN_OFF_FIELDS.comment}
          name="comment"
          label="What looks wrong?"
          hint="For example, which domain's score you expected to be different, and why."
          maxLength={SIGN_OFF_LIMITS.commentMaxLength}
          rows={4}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={errorFor(errors, SIGN_OFF_FIELDS.comment)}
        />
      ) : null}
      <Button type="submit">Send your answer</Button>
    </form>
  );
}

import { Button, Checkboxes } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DetailPage } from '../../../components/DetailPage';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import type { NoticeState } from '../../../lib/notice';
import { usePublishCycle, usePublishPreview } from '../api/sign-off';
import { PUBLISH_FIELDS, signOffPath } from '../utils/paths';

/** The confirmation before publishing: what becomes visible to whom, in plain words, from the domain's facts. */
export function PublishPage({ cycleId }: { cycleId: string }) {
  const preview = usePublishPreview(cycleId);
  const publish = usePublishCycle();
  const navigate = useNavigate();
  const [confirmed, setConfirmed] = useState(false);

  return (
    <DetailPage
      back={{ to: signOffPath(cycleId), label: 'Back to sign-off' }}
      query={preview}
      title={(data) => (data ? `Publish ${data.cycle.name}` : 'Publish the landscape')}
      what="what publishing will do"
    >
      {(data, { form }) => {
        const submit = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (publish.isPending) return;
          publish.mutate(
            { cycleId, confirmed, outstandingSystemIds: [...data.outstandingSystemIds] },
            {
              onSuccess: () => {
                const state: NoticeState = { notice: `${data.cycle.name} is published. Every ICS taking part has been told.` };
                void navigate(signOffPath(cycleId), { state });
              },
              onError: (error) => {
                form.show(formErrorsFrom(error, PUBLISH_FIELDS));
                // The facts may have changed (someone answered meanwhile): show them as they are now.
                void preview.refetch();
              },
            },
          );
        };
        if (!data.canPublish) {
          return (
            <p>
              {data.reason} <Link to={signOffPath(cycleId)}>See who has confirmed their figures</Link>.
            </p>
          );
        }
        return (
          <>
            <h2>What will happen</h2>
            <ul className="nhsuk-list nhsuk-list--bullet" data-testid="publish-statements">
              {data.statements.map((statement) => (
                <li key={statement}>{statement}</li>
              ))}
            </ul>
            <form method="post" noValidate onSubmit={submit}>
              <Checkboxes
                name="confirmed"
                legend="Confirm"
                legendProps={{ size: 's' }}
                error={errorFor(form.errors, PUBLISH_FIELDS.confirmed)}
              >
                <Checkboxes.Item id={PUBLISH_FIELDS.confirmed} value="yes" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)}>
                  I understand what will become visible to whom, and that publishing cannot be undone
                </Checkboxes.Item>
              </Checkboxes>
              <Button type="submit" warning>
                Publish the landscape
              </Button>
            </form>
          </>
        );
      }}
    </DetailPage>
  );
}

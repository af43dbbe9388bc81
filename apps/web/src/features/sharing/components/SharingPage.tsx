import { Button, Radios } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { DetailPage, type DetailPageTools } from '../../../components/DetailPage';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { usePeerSharing, useSetPeerSharing } from '../api/peer-sharing';

const CHOICE_ID = 'share-name-yes';

/**
 * Whether other ICSs see this ICS's name in published landscapes (PRODUCT.md §1, docs/access-control.md "Keeping
 * unnamed ICSs unidentifiable"): what each choice shows to whom, in plain words, and the choice itself. Its leads
 * change it; its coaches, national viewers and admins read it (the API decides).
 */
export function SharingPage({ systemId }: { systemId: string }) {
  const choice = usePeerSharing(systemId);
  return (
    <DetailPage
      back={{ to: `/systems/${encodeURIComponent(systemId)}/profile`, label: 'Back to the ICS profile' }}
      query={choice}
      title={(data) => (data ? `Sharing ${data.systemName}’s name with other ICSs` : 'Sharing your ICS’s name with other ICSs')}
      what="the sharing choice"
    >
      {(data, tools) => (
        <>
          <p className="nhsuk-lede-text">
            When a landscape is published, the leads and coaches of other ICSs see how every ICS scored. You choose whether
            they see {data.systemName}’s name beside its scores.
          </p>
          <div className="nhsuk-inset-text" data-testid="current-choice">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              <strong>Your choice now:</strong>{' '}
              {data.shareNameWithPeers
                ? `other ICSs see ${data.systemName}’s name.`
                : `other ICSs do not see ${data.systemName}’s name.`}
              {data.updatedAt ? ` Last changed ${formatDateTime(data.updatedAt)}.` : ' Nobody has changed this yet, so the name is not shown.'}
            </p>
          </div>

          <h2>Who sees what</h2>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <div className="nhsuk-card" data-testid="if-named">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading">If other ICSs see your name</h3>
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    <li>They see {data.systemName}’s name beside its scores and adopter category.</li>
                    <li>They can find it in the table, on the curve and on the map, and learn from it.</li>
                  </ul>
                </div>
              </div>
            </div>
            <div className="nhsuk-grid-column-one-half">
              <div className="nhsuk-card" data-testid="if-not-named">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading">If they do not see your name</h3>
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    <li>They see your scores as a dot with no name on it.</li>
                    <li>
                      They never see your region, your cohort or anything else about the dot that could tell them which ICS it
                      is, and no total or average they see lets them work it out.
                    </li>
                    <li>
                      If fewer than 5 ICSs choose not to show their names, those ICSs are left out of what other ICSs see
                      altogether, so nobody can pick one out.
                    </li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
          <p>
            Either way, your own ICS leads, your coaches, national viewers and administrators always see {data.systemName} by
            name. Before a landscape is published, other ICSs see nothing of yours.
          </p>

          {data.canChange ? (
            <SharingForm key={String(data.shareNameWithPeers)} systemId={systemId} systemName={data.systemName} current={data.shareNameWithPeers} tools={tools} />
          ) : (
            <p data-testid="read-only">Only {data.systemName}’s ICS leads can change this.</p>
          )}
        </>
      )}
    </DetailPage>
  );
}

function SharingForm({
  systemId,
  systemName,
  current,
  tools: { form, changed },
}: {
  systemId: string;
  systemName: string;
  current: boolean;
  tools: DetailPageTools;
}) {
  const save = useSetPeerSharing(systemId);
  const [share, setShare] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(share, {
      onSuccess: () =>
        changed(
          share
            ? `Saved. Other ICSs now see ${systemName}’s name in published landscapes.`
            : `Saved. Other ICSs no longer see ${systemName}’s name in published landscapes.`,
        ),
      onError: (error) => form.show(formErrorsFrom(error, { shareNameWithPeers: CHOICE_ID })),
    });
  };
  return (
    <form method="post" noValidate onSubmit={submit} data-testid="sharing-form" className="nhsuk-u-margin-top-5">
      <Radios
        name="shareNameWithPeers"
        legend={`Should other ICSs see ${systemName}’s name?`}
        legendProps={{ size: 'm' }}
        id="share-name"
      >
        <Radios.Item id={CHOICE_ID} value="yes" checked={share} onChange={() => setShare(true)}>
          Yes, show our name to other ICSs
        </Radios.Item>
        <Radios.Item id="share-name-no" value="no" checked={!share} onChange={() => setShare(false)}>
          No, show our scores without our name
        </Radios.Item>
      </Radios>
      <Button type="submit" preventDoubleClick disabled={save.isPending}>
        Save
      </Button>
    </form>
  );
}

import { Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { readNotice, type NoticeState } from '../../../lib/notice';
import { useCanvasVersions, useCreateFrameworkDraft } from '../api/canvas-versions';
import { LIFECYCLE } from '../utils/words';
import { versionPath } from '../utils/paths';

/** Every version of the canvas with its status, and the two ways to start the next one. */
export function CanvasVersionsPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => readNotice(location.state));
  const query = useCanvasVersions();
  const create = useCreateFrameworkDraft();
  const form = useFormErrors();
  const versions = query.data ? [...query.data].sort((a, b) => b.version - a.version) : [];
  const draft = versions.find((v) => v.lifecycle === 'DRAFT');

  const start = () =>
    create.mutate(undefined, {
      onSuccess: (created) =>
        void navigate(versionPath(created.id), {
          state: { notice: `Version ${created.version} started as a copy of the latest published version.` } satisfies NoticeState,
        }),
      onError: (error) => form.show(formErrorsFrom(error, {})),
    });

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Canvas versions</PageHeading>
      <SuccessNotice message={notice} />
      <p className="nhsuk-lede-text">
        The canvas is what every ICS (integrated care system) assesses itself against. A new version starts as a copy of
        the latest one, or from a file, and is checked before you publish it. Publishing is final.
      </p>
      {query.isPending ? (
        <Loading what="the canvas versions" />
      ) : query.isError ? (
        <QueryError error={query.error} what="the canvas versions" onRetry={() => void query.refetch()} />
      ) : (
        <>
          <DataTable
            caption="Versions of the canvas, newest first"
            captionVisuallyHidden={false}
            testId="canvas-versions"
            rows={versions}
            rowKey={(v) => v.id}
            rowAttributes={(v) => ({ 'data-version': String(v.version) })}
            columns={[
              { header: 'Version', rowHeader: true, cell: (v) => `Version ${v.version}` },
              {
                header: 'Status',
                cell: (v) => <strong className={`nhsuk-tag ${LIFECYCLE[v.lifecycle].tag}`}>{LIFECYCLE[v.lifecycle].label}</strong>,
              },
              { header: 'Published', cell: (v) => (v.publishedAt ? formatDate(v.publishedAt) : 'Not yet') },
              {
                header: 'Action',
                cell: (v) => (
                  <Link to={versionPath(v.id)}>
                    {v.lifecycle === 'DRAFT' ? 'Check and publish' : 'View'}
                    <span className="nhsuk-u-visually-hidden">{` version ${v.version}`}</span>
                  </Link>
                ),
              },
            ]}
          />
          <h2>Start a new version</h2>
          {draft ? (
            <p data-testid="draft-in-progress">
              Version {draft.version} is in progress. <Link to={versionPath(draft.id)}>Check and publish version {draft.version}</Link>, or
              import a file to replace it.
            </p>
          ) : (
            <>
              <p>Start from a copy of the latest published version and download it to edit, or import a file you have prepared.</p>
              <Button type="button" onClick={start} disabled={create.isPending}>
                Start a new version
              </Button>
            </>
          )}
          <p>
            <Link to="/admin/canvas/import">Import a file</Link> (YAML or JSON, the same as a downloaded version).
          </p>
        </>
      )}
    </>
  );
}

import { BackLink, Button } from 'nhsuk-react-components';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { NotFoundPage } from '../../../components/ErrorPages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import type { FrameworkDocumentFormat } from '../../../gql/graphql';
import { downloadText } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { readNotice } from '../../../lib/notice';
import { fetchFrameworkDocument, useCanvasVersion, type CanvasVersion, type FrameworkChanges } from '../api/canvas-versions';
import { previewFormPath, previewPath, publishPath } from '../utils/paths';
import { documentFileName, LIFECYCLE, problemSentence } from '../utils/words';
import './canvas-versions.css';

/**
 * One version of the canvas: its status, for a draft every problem still to fix, what changed against the version
 * before it, its crosswalk to NHS England's framework, a preview, its file, and (a draft with no problems) publishing.
 */
export function VersionPage({ id }: { id: string }) {
  const location = useLocation();
  const [notice] = useState(() => readNotice(location.state));
  const query = useCanvasVersion(id);
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  const version = query.data;
  return (
    <>
      <BackLink asElement={Link} to="/admin/canvas">
        Back to canvas versions
      </BackLink>
      <PageHeading caption={version?.title}>{version ? `Version ${version.version}` : 'Canvas version'}</PageHeading>
      <SuccessNotice message={notice} />
      {query.isPending ? (
        <Loading what="the canvas version" />
      ) : query.isError ? (
        <QueryError error={query.error} what="the canvas version" onRetry={() => void query.refetch()} />
      ) : (
        <VersionDetails version={query.data} />
      )}
    </>
  );
}

function VersionDetails({ version }: { version: CanvasVersion }) {
  const status = LIFECYCLE[version.lifecycle];
  const criteria = version.domains.flatMap((d) => d.criteria);
  const isDraft = version.lifecycle === 'DRAFT';
  return (
    <div className="app-canvas-version">
      <dl className="nhsuk-summary-list" data-testid="version-summary">
        <SummaryRow label="Status">
          <strong className={`nhsuk-tag ${status.tag}`}>{status.label}</strong> {status.meaning}
        </SummaryRow>
        <SummaryRow label="Published">{version.publishedAt ? formatDate(version.publishedAt) : 'Not yet'}</SummaryRow>
        <SummaryRow label="Content">{`${version.domains.length} areas, ${criteria.length} criteria`}</SummaryRow>
      </dl>

      {isDraft ? <Problems version={version} /> : null}

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{version.changesSincePrevious ? `What changed since version ${version.changesSincePrevious.fromVersion}` : 'What changed'}</h2>
        {version.changesSincePrevious ? <Changes changes={version.changesSincePrevious} /> : <p>This is the first version of the canvas.</p>}
      </section>

      <section aria-labelledby="crosswalk-heading">
        <h2 id="crosswalk-heading">The crosswalk to NHS England’s framework</h2>
        {version.crosswalk ? (
          <>
            <p>
              {`How this version reads in the terms of “${version.crosswalk.title}” (${version.crosswalk.publisher}, ${version.crosswalk.year}): the criteria that count towards each of its ${version.crosswalk.domains.length} domains. A criterion can count in more than one.`}
            </p>
            <DataTable
              caption={`The criteria that count towards each domain of ${version.crosswalk.publisher}’s framework`}
              testId="crosswalk"
              rows={version.crosswalk.domains}
              rowKey={(d) => d.key}
              columns={[
                { header: 'National domain', rowHeader: true, cell: (d) => d.title },
                {
                  header: 'Canvas criteria',
                  cell: (d) => (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0 app-crosswalk-criteria">
                      {d.criteria.map((c) => (
                        <li key={c.key}>{c.statement}</li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </>
        ) : (
          <p>This version has no crosswalk to another framework.</p>
        )}
      </section>

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview and download</h2>
        <p>
          <Link to={previewFormPath(version.id)}>Preview version {version.version} as the online form</Link>: the task list and each
          domain&apos;s page exactly as an ICS lead fills them in. Nothing you enter there is saved.
        </p>
        <p>
          <Link to={previewPath(version.id)}>Preview version {version.version} as the printed canvas</Link>: every area and criterion, with its
          guidance and levels, as an ICS lead reads them.
        </p>
        <p>Download it to edit it in a text editor, then import the file.</p>
        <div className="nhsuk-button-group">
          <DownloadButton id={version.id} version={version.version} format="YAML" />
          <DownloadButton id={version.id} version={version.version} format="JSON" />
        </div>
      </section>

      {isDraft ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish</h2>
          {version.problems.length > 0 ? (
            <p>Fix the problems above before you publish: import the corrected file.</p>
          ) : (
            <>
              <p>Once published, this version can never change. Cycles can then be opened on it.</p>
              <Link className="nhsuk-button" to={publishPath(version.id)} role="button" draggable="false">
                Publish version {version.version}
              </Link>
            </>
          )}
          <p>
            <Link to="/admin/canvas/import">Import a file to replace this draft</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Problems({ version }: { version: CanvasVersion }) {
  if (version.problems.length === 0) {
    return (
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems to fix</h2>
        <p data-testid="no-problems">No problems found: this version can be published.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="problems-heading" className="nhsuk-error-summary" data-testid="draft-problems">
      <h2 id="problems-heading" className="nhsuk-error-summary__title">
        {version.problems.length === 1 ? '1 problem to fix' : `${version.problems.length} problems to fix`}
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>Lines are those of this version downloaded as YAML.</p>
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {version.problems.map((p) => (
            <li key={`${p.code}:${p.field}:${p.message}`}>{problemSentence({ ...p, line: p.line ?? undefined })}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Changes({ changes }: { changes: FrameworkChanges }) {
  if (changes.unchanged) return <p data-testid="unchanged">{`Nothing has changed since version ${changes.fromVersion} yet.`}</p>;
  const groups: { title: string; items: readonly { key: string; description: string }[] }[] = [
    { title: 'Areas added', items: changes.domainsAdded },
    { title: 'Areas renamed', items: changes.domainsRenamed },
    { title: 'Areas no longer in the canvas', items: changes.domainsRetired },
    { title: 'Criteria added', items: changes.criteriaAdded },
    { title: 'Criteria renamed', items: changes.criteriaRenamed },
    { title: 'Criteria reworded', items: changes.criteriaReworded },
    { title: 'The maturity scale', items: changes.scaleChanged },
  ];
  return (
    <div data-testid="changes">
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.title}>
            <h3>{g.title}</h3>
            <ul>
              {g.items.map((item) => (
                <li key={item.key}>{item.description}</li>
              ))}
            </ul>
          </div>
        ))}
      {changes.criteriaRetired.length > 0 ? (
        <>
          <h3>Criteria retired, and what replaces them</h3>
          <p>Answers to a retired criterion are carried to the criteria that replace it, so scores stay comparable across versions.</p>
          <DataTable
            caption="Criteria retired and the criteria that replace them"
            testId="retired-criteria"
            rows={changes.criteriaRetired}
            rowKey={(c) => c.criterionKey}
            columns={[
              { header: 'Retired', rowHeader: true, cell: (c) => c.description },
              {
                header: 'Replaced by',
                cell: (c) => (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {c.replacedBy.map((r) => (
                      <li key={r.criterionKey}>{r.statement}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      ) : null}
      {changes.levelsChanged.length > 0 ? (
        <>
          <h3>Levels changed</h3>
          {changes.levelsChanged.map((c) => (
            <details className="nhsuk-details" key={c.criterionKey}>
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">{c.description}</span>
              </summary>
              <div className="nhsuk-details__text">
                <dl className="nhsuk-summary-list">
                  {c.levels.map((l) => (
                    <SummaryRow key={l.level} label={`Level ${l.level}`}>
                      <p className="nhsuk-u-margin-bottom-1">
                        <strong>Now:</strong> {l.after}
                      </p>
                      <p className="nhsuk-u-margin-bottom-0">
                        <strong>Was:</strong> {l.before}
                      </p>
                    </SummaryRow>
                  ))}
                </dl>
              </div>
            </details>
          ))}
        </>
      ) : null}
    </div>
  );
}

function DownloadButton({ id, version, format }: { id: string; version: number; format: FrameworkDocumentFormat }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = () => {
    setState('busy');
    fetchFrameworkDocument(id, format).then(
      (text) => {
        downloadText(documentFileName(version, format), text, format === 'JSON' ? 'application/json' : 'application/yaml');
        setState('idle');
      },
      () => setState('failed'),
    );
  };
  return (
    <>
      <Button type="button" secondary onClick={download} disabled={state === 'busy'}>
        {`Download as ${format}`}
      </Button>
      {state === 'failed' ? <span className="nhsuk-error-message">The file could not be downloaded. Try again.</span> : null}
    </>
  );
}

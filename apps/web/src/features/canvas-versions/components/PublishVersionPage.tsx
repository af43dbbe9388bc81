import { BackLink, Button } from 'nhsuk-react-components';
import { Link, useNavigate } from 'react-router';
import { NotFoundPage } from '../../../components/ErrorPages';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { formErrorsFrom } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { NoticeState } from '../../../lib/notice';
import { useCanvasVersion, usePublishFramework } from '../api/canvas-versions';
import { versionPath } from '../utils/paths';
import { problemSentence } from '../utils/words';

/** "Are you sure?" before publishing a version: it says that publishing is final, and what follows from it. */
export function PublishVersionPage({ id }: { id: string }) {
  const navigate = useNavigate();
  const query = useCanvasVersion(id);
  const publish = usePublishFramework();
  const form = useFormErrors();
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  const version = query.data;
  const confirm = () =>
    publish.mutate(id, {
      onSuccess: (published) =>
        void navigate('/admin/canvas', { state: { notice: `Version ${published.version} is published.` } satisfies NoticeState }),
      onError: (error) => {
        const problems = error instanceof GraphQLRequestError ? (error.errors[0]?.problems ?? []) : [];
        form.show(problems.length > 0 ? problems.map((p) => ({ message: problemSentence(p) })) : formErrorsFrom(error, {}));
      },
    });

  return (
    <>
      <BackLink asElement={Link} to={versionPath(id)}>
        Back to the version
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0} caption={version?.title}>
        {version ? `Publish version ${version.version}` : 'Publish a canvas version'}
      </PageHeading>
      {query.isPending ? (
        <Loading what="the canvas version" />
      ) : query.isError ? (
        <QueryError error={query.error} what="the canvas version" onRetry={() => void query.refetch()} />
      ) : query.data.lifecycle !== 'DRAFT' ? (
        <p>{`Version ${query.data.version} is already published.`}</p>
      ) : (
        <>
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Publishing is final
              </span>
            </h2>
            <p>{`Once you publish version ${query.data.version}, it can never be changed or withdrawn. To change it later, you will start another version.`}</p>
          </div>
          <p>When it is published:</p>
          <ul>
            <li>admins can open assessment cycles on it</li>
            <li>everyone signed in can read it, and it becomes the printed canvas</li>
            {query.data.changesSincePrevious ? (
              <li>{`version ${query.data.changesSincePrevious.fromVersion} is retired: results made on it stay, and are compared with the new version through the mappings`}</li>
            ) : null}
          </ul>
          <div className="nhsuk-button-group">
            <Button type="button" onClick={confirm} disabled={publish.isPending}>
              {`Yes, publish version ${query.data.version}`}
            </Button>
            <Link to={versionPath(id)} className="nhsuk-link">
              No, go back
            </Link>
          </div>
        </>
      )}
    </>
  );
}

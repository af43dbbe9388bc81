import { BackLink } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { NotFoundPage } from '../../../components/ErrorPages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useCanvasVersionPreview, type CanvasVersionPreview } from '../api/canvas-versions';
import { previewFormPath, versionPath } from '../utils/paths';
import { versionLabel } from '../utils/words';

/**
 * A version, draft or not, as the printed canvas shows it: `form` is that very form (composed in src/app), so what is
 * checked is what ICSs get.
 */
export function PreviewVersionPage({ id, form }: { id: string; form: (framework: CanvasVersionPreview) => ReactNode }) {
  const query = useCanvasVersionPreview(id);
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  const framework = query.data;
  return (
    <div className="app-canvas-print">
      <BackLink asElement={Link} to={versionPath(id)}>
        Back to the version
      </BackLink>
      <PageHeading caption={framework ? versionLabel(framework) : undefined}>
        Preview: the canvas as a paper form
      </PageHeading>
      <p className="app-no-print">
        <Link to={previewFormPath(id)}>Preview it as the online form</Link>, the task list and pages an ICS lead fills in.
      </p>
      {query.isPending ? (
        <Loading what="the canvas version" />
      ) : query.isError ? (
        <QueryError error={query.error} what="the canvas version" onRetry={() => void query.refetch()} />
      ) : (
        form(query.data)
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { NotFoundPage } from '../../../components/ErrorPages';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useFocusAfterLoading } from '../../../lib/use-focus-after-loading';
import { useCanvasVersionPreview, type CanvasVersionPreview } from '../api/canvas-versions';
import { versionLabel } from '../utils/words';

/**
 * A version, draft or not, as the online form an ICS lead fills in: `form` is that very form (the assessment's pages,
 * composed in src/app), given the version once it has loaded and the words that say which version it is.
 */
export function PreviewFormPage({ id, form }: { id: string; form: (framework: CanvasVersionPreview, caption: string) => ReactNode }) {
  const query = useCanvasVersionPreview(id);
  const focus = useFocusAfterLoading(query.data !== undefined);
  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  if (query.isPending || query.isError) {
    return (
      <div onFocus={focus.onFocus}>
        <PageHeading>Preview: the online form</PageHeading>
        {query.isPending ? (
          <Loading what="the canvas version" />
        ) : (
          <QueryError error={query.error} what="the canvas version" onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }
  return <>{form(query.data, `Preview of ${versionLabel(query.data)}`)}</>;
}

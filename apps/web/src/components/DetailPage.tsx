import type { UseQueryResult } from '@tanstack/react-query';
import { BackLink } from 'nhsuk-react-components';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { GraphQLRequestError } from '../lib/graphql-client';
import { readNotice } from '../lib/notice';
import { NotFoundPage } from './ErrorPages';
import { ErrorSummary, useFormErrors } from './ErrorSummary';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';
import { QueryError } from './QueryError';
import { SuccessNotice } from './SuccessNotice';

/** What a detail page's content gets: its form errors, and `changed` to confirm a change (clearing the errors). */
export interface DetailPageTools {
  readonly form: ReturnType<typeof useFormErrors>;
  readonly changed: (message: string) => void;
}

/**
 * The frame of a page about one thing (an account, a cohort): back link, error summary, heading, confirmation of the
 * last change, and the loading and error states. Something that does not exist and something the person may not see
 * both show "Page not found", as the API answers them the same way.
 */
export function DetailPage<T>({
  back,
  query,
  title,
  what,
  children,
}: {
  back: { readonly to: string; readonly label: string };
  query: UseQueryResult<T>;
  /** The heading: the thing's name once loaded. */
  title: (data: T | undefined) => string;
  /** What is loading, for the loading and error messages, e.g. "the cohort". */
  what: string;
  children: (data: T, tools: DetailPageTools) => ReactNode;
}) {
  const location = useLocation();
  const form = useFormErrors();
  const [notice, setNotice] = useState<string | null>(() => readNotice(location.state));

  if (query.isError && query.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code)) {
    return <NotFoundPage />;
  }
  const changed = (message: string) => {
    form.clear();
    setNotice(message);
  };

  return (
    <>
      <BackLink asElement={Link} to={back.to}>
        {back.label}
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>{title(query.data)}</PageHeading>
      <SuccessNotice message={notice} />
      {query.isPending ? (
        <Loading what={what} />
      ) : query.isError ? (
        <QueryError error={query.error} what={what} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data, { form, changed })
      )}
    </>
  );
}

import { Button } from 'nhsuk-react-components';
import { Link, useLocation } from 'react-router';
import { GraphQLRequestError } from '../lib/graphql-client';
import { signInPath } from '../lib/return-to';

/**
 * What a page shows when loading its data failed: the API's plain-English reason and a way on. A session that has
 * ended gets a link to sign in again (and come back); anything else gets "Try again".
 */
export function QueryError({ error, what, onRetry }: { error: Error; what: string; onRetry: () => void }) {
  const location = useLocation();
  const signedOut = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
  return (
    <div className="nhsuk-warning-callout" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {signedOut ? 'You need to sign in again' : `We could not load ${what}`}
        </span>
      </h2>
      <p>{error.message}</p>
      {signedOut ? (
        <p>
          <Link to={signInPath(`${location.pathname}${location.search}`)}>Sign in</Link>
        </p>
      ) : (
        <Button type="button" secondary onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}

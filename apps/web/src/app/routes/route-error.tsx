import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../../components/ErrorPages';
import { PageHeading } from '../../components/PageHeading';

/** What a route shows when it fails to load or crashes: plain words and a way out, never a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeading>Sorry, there is a problem with the service</PageHeading>
      <p>Try again later.</p>
      <p>
        {/* A full reload: a page that failed to load (e.g. after an update) needs fresh files. */}
        <a href={window.location.href}>Reload the page</a>
      </p>
    </>
  );
}

/** Shown for a moment on the first load while the page's code arrives. */
export function FirstLoad() {
  return <p className="nhsuk-u-visually-hidden">Loading IDT Canvas…</p>;
}

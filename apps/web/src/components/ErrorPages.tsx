import { Link } from 'react-router';
import { PageHeading } from './PageHeading';

/** For an address that leads nowhere, or to something this person may not see (the two look the same). */
export function NotFoundPage() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

/** For a signed-in person who asks for a page their role does not open. */
export function ForbiddenPage({ who, needs }: { who: string; needs: string }) {
  return (
    <>
      <PageHeading>You do not have permission</PageHeading>
      <p>You are signed in as {who}.</p>
      <p>{needs}</p>
      <p>If you think you should be able to see this page, ask an IDT Canvas admin to give you the right role.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  );
}

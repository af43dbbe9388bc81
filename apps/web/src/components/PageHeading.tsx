import { useEffect } from 'react';
import './page-heading.css';
import { pageTitle } from '../lib/page-title';

/**
 * A page's h1. It names the browser tab after itself, and it can take focus (tabIndex -1) so that after a
 * navigation a screen reader starts from the new page's heading (see app/use-route-focus.ts). A `caption` (e.g.
 * "Domain 3 of 11") is shown above it, inside the heading as NHS.UK does, so it is read with it.
 */
export function PageHeading({
  children,
  hasErrors = false,
  caption,
  className,
}: {
  children: string;
  hasErrors?: boolean;
  caption?: string;
  /** Replaces the default heading style, e.g. for the heading of a confirmation panel. */
  className?: string;
}) {
  useEffect(() => {
    document.title = pageTitle(caption ? `${children} (${caption})` : children, hasErrors);
  }, [children, caption, hasErrors]);
  return (
    <h1 tabIndex={-1} className={className ? `app-page-heading ${className}` : 'app-page-heading'}>
      {caption ? (
        <span className="nhsuk-caption-l">
          {caption}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
      ) : null}
      {children}
    </h1>
  );
}

import { useEffect } from 'react';
import './page-heading.css';
import { pageTitle } from '../lib/page-title';

/**
 * A page's h1. It names the browser tab after itself, and it can take focus (tabIndex -1) so that after a
 * navigation a screen reader starts from the new page's heading (see app/use-route-focus.ts).
 */
export function PageHeading({ children, hasErrors = false }: { children: string; hasErrors?: boolean }) {
  useEffect(() => {
    document.title = pageTitle(children, hasErrors);
  }, [children, hasErrors]);
  return (
    <h1 tabIndex={-1} className="app-page-heading">
      {children}
    </h1>
  );
}

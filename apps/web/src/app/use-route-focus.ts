import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a navigation inside the app (not on the first load, where the skip link comes first), moves focus to the
 * new page's error summary if it shows one, else to its h1, else to <main>: a screen reader then starts reading
 * the new page, as it would after a full page load, and a keyboard user's next Tab is inside it.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const frame = requestAnimationFrame(() => {
      const main = document.getElementById('maincontent');
      const target =
        main?.querySelector<HTMLElement>('.nhsuk-error-summary') ?? main?.querySelector<HTMLElement>('h1') ?? main;
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

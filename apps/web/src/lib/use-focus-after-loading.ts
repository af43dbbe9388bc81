import { useEffect, useRef, type FocusEvent } from 'react';

/**
 * After a navigation, the route moves focus to the page's h1 (src/app/use-route-focus.ts). While the page's data
 * loads, that is the heading shown meanwhile; once the data is there, that heading is replaced and focus would be
 * lost to <body>. This passes it on to the loaded page's own h1 instead.
 *
 * Put the returned `onFocus` on an element around the loading heading; `loaded` turns true when the page itself is
 * shown. Focus is only moved if it was on the loading heading and has not gone anywhere else since.
 */
export function useFocusAfterLoading(loaded: boolean): { onFocus: (event: FocusEvent<HTMLElement>) => void } {
  const loadingHeadingFocused = useRef(false);
  useEffect(() => {
    if (!loaded || !loadingHeadingFocused.current) return;
    loadingHeadingFocused.current = false;
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>('#maincontent h1')?.focus();
  }, [loaded]);
  return {
    onFocus: (event) => {
      loadingHeadingFocused.current = event.target.tagName === 'H1';
    },
  };
}

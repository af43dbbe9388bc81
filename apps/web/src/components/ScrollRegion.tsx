import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './scroll-region.css';

/**
 * A box for something that may be wider than a small screen (a table with many columns): the box scrolls sideways,
 * never the page. While it does scroll, it is a region named by `labelledBy` (or `label`) that takes focus, so that
 * keyboard users can scroll it too; when everything fits it is a plain box, not one more stop for the Tab key.
 */
export function ScrollRegion({ labelledBy, label, children }: { labelledBy?: string; label?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Inside another scrolling box (a page that wraps the table itself), this one does not scroll (see the CSS).
    const measure = () => setScrolls(getComputedStyle(box).overflowX !== 'visible' && box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="app-table-scroll"
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-labelledby': labelledBy, 'aria-label': labelledBy ? undefined : label } : {})}
    >
      {children}
    </div>
  );
}

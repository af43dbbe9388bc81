/** Said while a page's data is on its way; a live region, so screen readers hear it too. */
export function Loading({ what }: { what: string }) {
  return <p role="status">Loading {what}…</p>;
}

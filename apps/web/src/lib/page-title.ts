/** The browser tab's title for a page: its h1, the service, the NHS; "Error: " first while a form shows errors. */
export function pageTitle(heading: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${heading} – IDT Canvas – NHS`;
}

import { sourcesByDocument } from '@idt/domain';

interface Source {
  readonly seed: string;
  readonly section: string;
  readonly note?: string | null;
}

/**
 * "Where this comes from": the documents a part of the canvas is written from, each once by its title in full, then
 * where in it and what is taken from there. An NHS.UK details component, closed until opened.
 */
export function SourcesDetails({
  sources,
  what = 'This domain',
  open = false,
}: {
  sources: readonly Source[];
  what?: string;
  /** Always shown, as a heading and a list (the printed canvas: a closed details component would not print). */
  open?: boolean;
}) {
  if (sources.length === 0) return null;
  const list = (
    <ul>
      {sourcesByDocument(sources).map((document) => (
        <li key={document.id}>
          <cite>{document.title}</cite>: {document.places.join('; ')}
        </li>
      ))}
    </ul>
  );
  if (open)
    return (
      <div className="app-sources" data-testid="sources">
        <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">Where this comes from</h3>
        <p className="nhsuk-u-margin-bottom-2">{`${what} is written from:`}</p>
        {list}
      </div>
    );
  return (
    <details className="nhsuk-details app-sources" data-testid="sources">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Where this comes from</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>{`${what} is written from:`}</p>
        {list}
      </div>
    </details>
  );
}

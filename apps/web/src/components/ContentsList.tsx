import './contents-list.css';

/**
 * "On this page": links to a long page's sections, by their headings' ids, for those who would rather jump than
 * scroll (the NHS.UK contents list).
 */
export function ContentsList({ sections }: { sections: readonly { readonly id: string; readonly label: string }[] }) {
  return (
    <nav aria-label="On this page" className="app-contents">
      <h2 className="nhsuk-heading-s">On this page</h2>
      <ul className="nhsuk-contents-list__list">
        {sections.map((s) => (
          <li key={s.id} className="nhsuk-contents-list__item">
            <a className="nhsuk-contents-list__link" href={`#${s.id}`}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Link } from 'react-router';
import type { LandscapeEntry } from '../api/get-landscape';
import { profilePath } from '../utils/labels';
import { ariaSort, DEFAULT_SORT, nextSort, sortEntries, type SortKey, type SortState } from '../utils/table-sort';
import { ADOPTER_CATEGORY_LABELS, formatScore, REGION_NOT_SHOWN, UNNAMED_ICS } from '../utils/styles';

export interface DomainTitle {
  readonly key: string;
  readonly number: number;
  readonly title: string;
}

/**
 * Every visible ICS in a sortable NHS.UK table: a button in each column header sorts by it (again: the other way),
 * and aria-sort says which column is sorted and how. The sort is the caller's (the page keeps it in the address).
 * Every domain's column fits at desktop width: its heading is the domain's number ("D1"), its full name is in the
 * heading's accessible text and in the key above the table, so all eleven can be compared at a glance. It scrolls
 * sideways on small screens (and takes focus, so that keyboard users can scroll it too).
 */
export function SortableTable({
  entries,
  domains,
  canOpenProfile,
  caption,
  sort = DEFAULT_SORT,
  onSort,
}: {
  entries: readonly LandscapeEntry[];
  domains: readonly DomainTitle[];
  canOpenProfile: (entry: LandscapeEntry) => boolean;
  caption: string;
  sort?: SortState;
  onSort: (sort: SortState) => void;
}) {
  const sorted = sortEntries(entries, sort);
  const columns: { key: SortKey; label: string; short?: string; numeric?: boolean }[] = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'name', label: 'ICS' },
    { key: 'region', label: 'Region' },
    { key: 'score', label: 'Overall score', numeric: true },
    { key: 'category', label: 'Category' },
    ...domains.map((d) => ({ key: `domain:${d.key}` as SortKey, label: `${d.number}. ${d.title}`, short: domainCode(d), numeric: true })),
  ];
  const captionId = `landscape-table-caption`;
  return (
    <>
      <DomainKey domains={domains} />
      <div className="app-table-scroll app-landscape-table-wide" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="nhsuk-table app-landscape-table" data-testid="landscape-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={captionId}>
            {caption}
            <span className="nhsuk-u-visually-hidden">
              {`, sorted by ${columns.find((c) => c.key === sort.key)?.label ?? ''}, ${sort.direction}`}
            </span>
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}
                  aria-sort={ariaSort(sort, column.key)}
                >
                  <button
                    type="button"
                    className="app-sort-button"
                    title={column.short ? column.label : undefined}
                    data-sort-key={column.key}
                    onClick={() => onSort(nextSort(sort, column.key))}
                  >
                    {column.short ? (
                      <>
                        <span aria-hidden="true">{column.short}</span>
                        <span className="nhsuk-u-visually-hidden">{column.label}</span>
                      </>
                    ) : (
                      column.label
                    )}
                    <span aria-hidden="true" className={column.short ? 'app-landscape-table__sort-mark--below' : undefined}>
                      {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {sorted.map((entry, index) => (
              <tr key={entry.systemId ?? `unnamed-${entry.rank ?? 'x'}-${index}`} className="nhsuk-table__row" data-testid="landscape-row">
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{entry.rank ?? '–'}</td>
                <th scope="row" className="nhsuk-table__cell app-landscape-table__name">
                  {entry.systemId && entry.name && canOpenProfile(entry) ? (
                    <Link to={profilePath(entry.systemId)}>{entry.name}</Link>
                  ) : (
                    (entry.name ?? <span className="app-unnamed">{UNNAMED_ICS}</span>)
                  )}
                  {entry.own ? <strong className="nhsuk-tag nhsuk-tag--blue app-own-tag">Your ICS</strong> : null}
                  {entry.revision ? (
                    <span className="nhsuk-body-s nhsuk-u-display-block nhsuk-u-margin-bottom-0" data-testid="revision-note">
                      <strong className="nhsuk-tag nhsuk-tag--orange">Revised</strong> {entry.revision.note}
                    </span>
                  ) : null}
                </th>
                <td className="nhsuk-table__cell">{entry.regionName ?? REGION_NOT_SHOWN}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatScore(entry.overallScore)}</td>
                <td className="nhsuk-table__cell">{entry.category ? ADOPTER_CATEGORY_LABELS[entry.category] : 'Not placed'}</td>
                {domains.map((d) => {
                  const score = entry.domainScores.find((s) => s.domainKey === d.key);
                  return (
                    <td key={d.key} className="nhsuk-table__cell nhsuk-table__cell--numeric app-landscape-table__domain">
                      {score?.score === null || score === undefined ? '–' : formatScore(score.score)}
                      {score?.incomplete ? <span className="nhsuk-u-visually-hidden"> (incomplete)</span> : null}
                      {score?.incomplete ? <span aria-hidden="true">*</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A domain's short column heading: "D" and its number on the canvas. */
export const domainCode = (d: DomainTitle): string => `D${d.number}`;

/** What each short domain heading stands for, above the table. */
function DomainKey({ domains }: { domains: readonly DomainTitle[] }) {
  if (domains.length === 0) return null;
  return (
    <div className="app-domain-key" data-testid="domain-key">
      <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-2" id="domain-key-heading">
        Domain columns
      </h3>
      <dl className="app-domain-key__list" aria-labelledby="domain-key-heading">
        {domains.map((d) => (
          <div key={d.key} className="app-domain-key__item">
            <dt>{domainCode(d)}</dt>
            <dd>{d.title}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

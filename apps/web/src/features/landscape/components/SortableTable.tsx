import { Link } from 'react-router';
import { useState } from 'react';
import type { LandscapeEntry } from '../api/get-landscape';
import { profilePath } from '../utils/labels';
import { ariaSort, nextSort, sortEntries, type SortKey, type SortState } from '../utils/table-sort';
import { ADOPTER_CATEGORY_LABELS, formatScore, REGION_NOT_SHOWN, UNNAMED_ICS } from '../utils/styles';

export interface DomainTitle {
  readonly key: string;
  readonly number: number;
  readonly title: string;
}

/**
 * Every visible ICS in a sortable NHS.UK table: a button in each column header sorts by it (again: the other way),
 * and aria-sort says which column is sorted and how. It scrolls sideways on small screens (and takes focus, so that
 * keyboard users can scroll it too).
 */
export function SortableTable({
  entries,
  domains,
  canOpenProfile,
  caption,
}: {
  entries: readonly LandscapeEntry[];
  domains: readonly DomainTitle[];
  canOpenProfile: (entry: LandscapeEntry) => boolean;
  caption: string;
}) {
  const [sort, setSort] = useState<SortState>({ key: 'rank', direction: 'ascending' });
  const sorted = sortEntries(entries, sort);
  const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'name', label: 'ICS' },
    { key: 'region', label: 'Region' },
    { key: 'score', label: 'Overall score', numeric: true },
    { key: 'category', label: 'Category' },
    ...domains.map((d) => ({ key: `domain:${d.key}` as SortKey, label: `${d.number}. ${d.title}`, numeric: true })),
  ];
  const captionId = `landscape-table-caption`;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
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
                <button type="button" className="app-sort-button" onClick={() => setSort((s) => nextSort(s, column.key))}>
                  {column.label}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
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
              </th>
              <td className="nhsuk-table__cell">{entry.regionName ?? REGION_NOT_SHOWN}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatScore(entry.overallScore)}</td>
              <td className="nhsuk-table__cell">{entry.category ? ADOPTER_CATEGORY_LABELS[entry.category] : 'Not placed'}</td>
              {domains.map((d) => {
                const score = entry.domainScores.find((s) => s.domainKey === d.key);
                return (
                  <td key={d.key} className="nhsuk-table__cell nhsuk-table__cell--numeric">
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
  );
}

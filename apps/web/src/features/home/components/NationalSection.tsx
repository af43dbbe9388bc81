import { Link } from 'react-router';
import { ChartFigure } from '../../../components/ChartFigure';
import { chartStamp } from '../../../lib/chart-export';
import { fileSlug, toCsv } from '../../../lib/csv';
import type { NationalHome } from '../api/get-home';
import { auditTrailPath, landscapePath } from '../utils/paths';
import { closingText, landscapeSentence, submissionsSentence } from '../utils/words';
import { CategoryBars } from './CategoryBars';

/** A national viewer's section: the latest published landscape in a sentence and a small chart, and what is provisional. */
export function NationalSection({ national }: { national: NationalHome }) {
  const latest = national.latestPublished;
  return (
    <section aria-labelledby="home-national" className="app-home__section" data-testid="home-national">
      <h2 id="home-national">National viewer</h2>
      <h3>Latest published landscape</h3>
      {latest ? (
        <>
          <ChartFigure
            name="the latest published landscape"
            summary={landscapeSentence(latest.cycleName, latest.categoryCounts)}
            method={`${latest.methodDescription.replace(/\.?$/, '.')} ${latest.assessed} ICSs assessed.`}
            exported={{
              title: `ICSs in each adopter category, ${latest.cycleName}`,
              cycle: latest.cycleName,
              method: latest.methodDescription,
              stamp: chartStamp({ illustrative: latest.illustrative, published: true }),
              legend: [{ label: 'ICSs in the adopter category (bars are labelled)', colour: '#005eb8' }],
            }}
            fileName={fileSlug('landscape', latest.cycleName, 'categories')}
            csv={() => toCsv(['Adopter category', 'ICSs'], latest.categoryCounts.map((c) => [c.label, c.count]))}
            table={
              <table className="nhsuk-table" data-testid="home-category-table">
                <caption className="nhsuk-table__caption">ICSs in each adopter category, {latest.cycleName}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      Adopter category
                    </th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                      ICSs
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {latest.categoryCounts.map((c) => (
                    <tr key={c.category} className="nhsuk-table__row">
                      <td className="nhsuk-table__cell">{c.label}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{c.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            {(svgRef) => <CategoryBars title={`ICSs in each adopter category, ${latest.cycleName}`} counts={latest.categoryCounts} svgRef={svgRef} />}
          </ChartFigure>
          <p>
            <Link to={landscapePath(latest.cycleId)}>See the whole landscape for {latest.cycleName}</Link>
          </p>
        </>
      ) : (
        <p>No cycle’s landscape has been published yet.</p>
      )}
      <h3>Provisional: not yet published</h3>
      {national.provisional.length === 0 ? (
        <p>Every cycle that has opened is published.</p>
      ) : (
        <>
          <p>These cycles’ figures may still change: each ICS checks its own before the landscape is published.</p>
          <ul className="nhsuk-list nhsuk-list--bullet" data-testid="provisional-cycles">
            {national.provisional.map((cycle) => (
              <li key={cycle.cycleId}>
                <Link to={landscapePath(cycle.cycleId)}>{cycle.cycleName}</Link>: {submissionsSentence(cycle.participating, cycle.statusCounts)}{' '}
                {closingText(cycle.closesOn, cycle.daysLeft)}.
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={auditTrailPath} data-testid="national-audit-link">
          Read the audit trail
        </Link>
        : who did what, and when.
      </p>
    </section>
  );
}

import { Link } from 'react-router';
import { formatIsoDate } from '../../../lib/format';
import { useOpenSignOffQueries } from '../api/sign-off';
import { signOffPath } from '../utils/paths';

/**
 * On a coach's home: the queries their cohorts' ICSs raised about provisional figures not yet published, each with
 * its comment and a link to the cycle's sign-off. Nothing while there are none.
 */
export function OpenQueries() {
  const queries = useOpenSignOffQueries();
  const items = queries.data ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="open-queries" className="app-home__section" data-testid="open-queries">
      <h2 id="open-queries">Queries about provisional figures</h2>
      <ul className="nhsuk-list">
        {items.map((q) => (
          <li key={`${q.cycleId}:${q.systemId}`} className="nhsuk-inset-text nhsuk-u-margin-top-0" data-testid="open-query">
            <p>
              <strong>{q.systemName}</strong>, {q.cycleName}, on {formatIsoDate(q.answeredOn)}: {q.comment}
            </p>
            <Link to={signOffPath(q.cycleId)}>
              See the sign-off<span className="nhsuk-u-visually-hidden"> of {q.cycleName}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

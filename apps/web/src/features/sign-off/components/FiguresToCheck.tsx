import { Link } from 'react-router';
import { useProvisionalFigures } from '../api/sign-off';
import { figuresPath } from '../utils/paths';

/**
 * On an ICS lead's home: each closed cycle, not yet published, in which their ICS has figures to check, with a link
 * to check them. Nothing while there are none (or while loading: the rest of the home does not wait for it).
 */
export function FiguresToCheck() {
  const figures = useProvisionalFigures(null);
  const toCheck = (figures.data ?? []).filter((f) => f.hasFigures && !f.published);
  if (toCheck.length === 0) return null;
  return (
    <section aria-labelledby="figures-to-check" className="app-home__section" data-testid="figures-to-check">
      <h2 id="figures-to-check">Check your provisional figures</h2>
      <ul className="nhsuk-list">
        {toCheck.map((f) => (
          <li key={`${f.cycle.id}:${f.systemId}`} className="nhsuk-inset-text nhsuk-u-margin-top-0">
            <p>
              {f.cycle.name} has closed. Check {f.systemName}&rsquo;s figures before the landscape is published:{' '}
              <strong>{f.signOff.state === 'NOT_ANSWERED' ? 'you have not answered yet' : `your answer: ${f.signOff.label.toLowerCase()}`}</strong>.
            </p>
            <Link to={figuresPath(f.cycle.id)}>
              Check {f.systemName}&rsquo;s figures<span className="nhsuk-u-visually-hidden"> for {f.cycle.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';

const ROLES_IT_SERVES = [
  {
    role: 'ICS leads',
    what: 'complete their Integrated Care System’s self-assessment with evidence, read their coach’s feedback, keep an action plan, and see how their system compares with its peers.',
  },
  {
    role: 'Programme coaches',
    what: 'review the self-assessments of the ICSs in their cohorts, moderate their levels, and plan group sessions and coaching from the gaps they find.',
  },
  {
    role: 'National bodies',
    what: 'such as NHS England, see all 42 ICSs on the diffusion curve, by region and over time, and which are close to crossing the chasm.',
  },
  { role: 'Admins', what: 'give people their roles, set up cohorts of ICSs and open assessment cycles.' },
] as const;

/** The home page of someone not signed in: what the service is, who it is for, and how to sign in. */
export function VisitorHome({ signInHref }: { signInHref: string }) {
  return (
    <div className="nhsuk-grid-row" data-testid="visitor-home">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Inclusive Digital Transformation Canvas</PageHeading>
        <p className="nhsuk-lede-text">
          A self-assessment for England’s 42 Integrated Care Systems (ICSs): how far each system has gone in making digital
          health and care work for everyone, including the people most at risk of being left out.
        </p>
        <h2>What it does</h2>
        <p>
          Each ICS assesses itself against the Inclusive Digital Transformation (IDT) Canvas: 11 areas, from understanding
          local needs to learning and sharing, each with evidence. A programme coach reviews the answers.
        </p>
        <p>
          The service then places every ICS on the diffusion of innovation curve (innovators, early adopters, early majority,
          late majority and laggards), so that systems can see where they stand, learn from peers further ahead, and track
          their progress from one year to the next.
        </p>
        <h2>Who it is for</h2>
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="who-it-is-for">
          {ROLES_IT_SERVES.map(({ role, what }) => (
            <li key={role}>
              <strong>{role}</strong> {what}
            </li>
          ))}
        </ul>
        <h2>Signing in</h2>
        <p>You need an account to use the service. An admin creates it and gives you your role.</p>
        <Link className="nhsuk-button" to={signInHref} data-testid="visitor-sign-in" draggable={false}>
          Sign in
        </Link>
        <p>
          Without signing in, you can see <Link to="/systems">the list of England’s 42 Integrated Care Systems</Link>, region
          by region.
        </p>
      </div>
    </div>
  );
}

import { recordedOnBehalfText } from '../../../lib/assessment-words';

/** The assisted route, marked wherever the assessment is shown: a coach recorded the answers for the ICS. */
export function RecordedOnBehalf({ name }: { name: string | null | undefined }) {
  if (!name) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="recorded-on-behalf">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{recordedOnBehalfText(name)}. The ICS did not enter these answers itself.</p>
    </div>
  );
}

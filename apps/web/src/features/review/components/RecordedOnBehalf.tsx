import { isEditable, type AssessmentStatus } from '@idt/domain';
import { onBehalfSentence } from '../../../lib/assessment-words';

/**
 * The assisted route, marked wherever the assessment is shown: which coach recorded the answers for the ICS, and since
 * when.
 */
export function RecordedOnBehalf({
  assessment,
}: {
  assessment: {
    readonly recordedOnBehalfBy?: string | null;
    readonly recordedOnBehalfSince?: string | null;
    readonly status: AssessmentStatus;
    readonly system: { readonly name: string };
  };
}) {
  if (!assessment.recordedOnBehalfBy) return null;
  return (
    <div className="nhsuk-inset-text" data-testid="recorded-on-behalf">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        {onBehalfSentence(
          { name: assessment.recordedOnBehalfBy, since: assessment.recordedOnBehalfSince },
          { systemName: assessment.system.name, toLead: false, ongoing: isEditable(assessment.status) },
        )}{' '}
        Some or all of its answers were entered by the coach, not by the ICS itself.
      </p>
    </div>
  );
}

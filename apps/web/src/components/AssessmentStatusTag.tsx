import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '@idt/domain';
import { Tag } from 'nhsuk-react-components';

/** NHS.UK tag colours for each status (the words say it too: colour is never the only signal). */
export const ASSESSMENT_STATUS_TAG: Readonly<Record<AssessmentStatus, 'grey' | 'blue' | 'purple' | 'orange' | 'green'>> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  IN_REVIEW: 'purple',
  RETURNED: 'orange',
  VALIDATED: 'green',
};

/** An assessment's status as an NHS.UK tag: "Submitted" in blue, "Returned for changes" in orange… */
export function AssessmentStatusTag({ status, 'data-testid': testId }: { status: AssessmentStatus; 'data-testid'?: string }) {
  return (
    <Tag modifier={ASSESSMENT_STATUS_TAG[status]} data-testid={testId}>
      {ASSESSMENT_STATUS_LABELS[status]}
    </Tag>
  );
}

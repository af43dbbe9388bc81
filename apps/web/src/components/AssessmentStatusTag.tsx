import type { AssessmentStatus } from '@idt/domain';
import { Tag } from 'nhsuk-react-components';
import { ASSESSMENT_STATUS_TAG, assessmentStatusWords } from '../lib/assessment-status';

export { ASSESSMENT_STATUS_TAG } from '../lib/assessment-status';

/** An assessment's status as an NHS.UK tag: "Submitted" in blue, "Returned for changes" in orange… */
export function AssessmentStatusTag({ status, 'data-testid': testId }: { status: AssessmentStatus; 'data-testid'?: string }) {
  return (
    <Tag modifier={ASSESSMENT_STATUS_TAG[status]} data-testid={testId}>
      {assessmentStatusWords(status)}
    </Tag>
  );
}

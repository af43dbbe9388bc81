import { ASSESSMENT_STATUSES, CONFIDENCE_LEVELS, QUICK_CHECK_ANSWERS, TRANSITIONS } from '@idt/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../graphql/enum-of';


/** GraphQL enums from the domain's lists: the same words in the database, the schema and the screens. */
export const AssessmentStatusEnum = enumOf(ASSESSMENT_STATUSES);
export const TransitionEnum = enumOf(TRANSITIONS);
export const ConfidenceEnum = enumOf(CONFIDENCE_LEVELS);
export const QuickCheckAnswerEnum = enumOf(QUICK_CHECK_ANSWERS);
export const DomainStatusEnum = enumOf(['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const);
export const ReviewSideEnum = enumOf(['ICS', 'REVIEWER'] as const);

registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus' });
registerEnumType(TransitionEnum, {
  name: 'AssessmentTransition',
  description: 'SUBMIT and WITHDRAW by the ICS; START_REVIEW, RETURN and VALIDATE by its coach or an admin.',
});
registerEnumType(ConfidenceEnum, { name: 'Confidence', description: 'How sure the ICS is of its self-assessed level.' });
registerEnumType(QuickCheckAnswerEnum, { name: 'QuickCheckAnswerValue' });
registerEnumType(DomainStatusEnum, { name: 'DomainStatus' });
registerEnumType(ReviewSideEnum, { name: 'ReviewSide', description: 'The ICS (its leads) or its reviewers (coaches, admins).' });

import { ReviewCommentForm, ReviewCommentList } from '../../../components/ReviewCommentList';
import type { FormError } from '../../../lib/form-errors';
import type { ReviewComment } from '../api/get-review-assessment';
import { useAddReviewComment } from '../api/review-mutations';
import { reviewFieldIds } from '../utils/moderation';

/** One criterion's thread between the ICS and its reviewers, oldest first, and (when allowed) a form to add to it. */
export function CommentThread({
  assessmentId,
  criterionKey,
  label,
  comments,
  canComment,
  errors,
  onProblems,
  onAdded,
}: {
  assessmentId: string;
  criterionKey: string;
  /** Which criterion, for the hidden part of the button's name: "criterion 1.2". */
  label: string;
  comments: readonly ReviewComment[];
  canComment: boolean;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onAdded: () => void;
}) {
  const add = useAddReviewComment();
  return (
    <div className="app-thread" data-testid="comment-thread">
      <h3 className="nhsuk-heading-s">Comments</h3>
      {comments.length === 0 ? (
        <p className="nhsuk-u-secondary-text-colour">No comments yet.</p>
      ) : (
        <ReviewCommentList comments={comments} className="app-thread__list" />
      )}
      {canComment ? (
        <ReviewCommentForm
          fieldId={reviewFieldIds(criterionKey).comment}
          label="Add a comment"
          submit={
            <>
              Add comment<span className="nhsuk-u-visually-hidden"> to {label}</span>
            </>
          }
          pending={add.isPending}
          send={(body, callbacks) => add.mutate({ assessmentId, criterionKey, body }, callbacks)}
          errors={errors}
          onProblems={onProblems}
          onAdded={onAdded}
        />
      ) : null}
    </div>
  );
}

import { REVIEW_COMMENT_MAX_LENGTH } from '@idt/domain';
import { Button, CharacterCount } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import type { ReviewComment } from '../api/get-review-assessment';
import { useAddReviewComment } from '../api/review-mutations';
import { formatDateTime } from '../utils/describe';
import { commentProblems, reviewFieldIds } from '../utils/moderation';

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
  const ids = reviewFieldIds(criterionKey);
  const add = useAddReviewComment();
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const problems = commentProblems(ids.comment, body);
    if (problems.length > 0) return onProblems(problems);
    setStatus('');
    add.mutate(
      { assessmentId, criterionKey, body },
      {
        onSuccess: () => {
          setBody('');
          setStatus('Comment added');
          onAdded();
        },
        onError: (error) => onProblems(formErrorsFrom(error, { body: ids.comment })),
      },
    );
  };

  return (
    <div className="app-thread" data-testid="comment-thread">
      <h3 className="nhsuk-heading-s">Comments</h3>
      {comments.length === 0 ? (
        <p className="nhsuk-u-secondary-text-colour">No comments yet.</p>
      ) : (
        <ol className="nhsuk-list app-thread__list">
          {comments.map((comment) => (
            <li key={comment.id} className="app-thread__comment" data-testid="comment">
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                <strong>{comment.authorName ?? 'Someone'}</strong> ({comment.authorSide === 'ICS' ? 'ICS' : 'Coach'}),{' '}
                {formatDateTime(comment.createdAt)}
              </p>
              <p className="app-thread__body nhsuk-u-margin-bottom-0">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <form method="post" noValidate onSubmit={submit}>
          <CharacterCount
            id={ids.comment}
            name={`${ids.comment}`}
            label="Add a comment"
            labelProps={{ size: 's' }}
            maxLength={REVIEW_COMMENT_MAX_LENGTH}
            rows={3}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            error={errorFor(errors, ids.comment)}
          />
          <div className="app-review-actions">
            <Button type="submit" secondary className="nhsuk-u-margin-bottom-0">
              Add comment<span className="nhsuk-u-visually-hidden"> to {label}</span>
            </Button>
            <p role="status" className="app-review-status nhsuk-u-margin-bottom-0">
              {status}
            </p>
          </div>
        </form>
      ) : null}
    </div>
  );
}

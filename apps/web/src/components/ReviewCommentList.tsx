import { REVIEW_COMMENT_MAX_LENGTH } from '@idt/domain';
import { Button } from 'nhsuk-react-components';
import { CharacterCount } from './CharacterCount';
import { useState, type FormEvent, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { ReviewCommentFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../lib/format';
import { errorFor, formErrorsFrom, type FormError } from '../lib/form-errors';
import { commentProblems } from '../lib/review-comment';
import { useReportUnsaved } from '../lib/unsaved-forms';
import './review-comments.css';

/** One comment of a criterion's thread between the ICS and its coach, as both sides' pages ask for it. */
export const ReviewCommentFieldsFragmentDocument = graphql(`
  fragment ReviewCommentFields on ReviewComment {
    id
    criterionKey
    authorName
    authorSide
    body
    createdAt
  }
`);

export type ReviewCommentItem = ReviewCommentFieldsFragment;

/**
 * A criterion's comments, oldest first: who wrote each (and on which side), when, and what they wrote. Comments are
 * plain text, shown escaped, with their line breaks. `className` places the list on its page.
 */
export function ReviewCommentList({
  comments,
  className,
  'aria-label': label,
}: {
  comments: readonly ReviewCommentItem[];
  className: string;
  'aria-label'?: string;
}) {
  return (
    <ol className={`nhsuk-list ${className}`} aria-label={label}>
      {comments.map((comment) => (
        <li key={comment.id} data-testid="comment">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
            <strong>{comment.authorName ?? 'Someone'}</strong> ({comment.authorSide === 'ICS' ? 'ICS' : 'Programme coach'}),{' '}
            {formatDateTime(comment.createdAt)}
          </p>
          <p className="app-comment-body nhsuk-u-margin-bottom-0">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** How a form sends its comment: each side has its own mutation. */
export type SendComment = (body: string, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;

/**
 * A form to add to a criterion's thread: checked before it is sent (problems go to the page's error summary, through
 * `onProblems`), then emptied and confirmed in a polite live region ("Comment added").
 */
export function ReviewCommentForm({
  fieldId,
  label,
  submit,
  small = false,
  pending,
  send,
  errors,
  onProblems,
  onAdded,
}: {
  fieldId: string;
  /** The field's label: "Add a comment", "Reply". */
  label: string;
  /** The button's words, with any visually hidden part naming the criterion. */
  submit: ReactNode;
  small?: boolean;
  pending: boolean;
  send: SendComment;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onAdded: () => void;
}) {
  const [body, setBody] = useState('');
  const [status, setStatus] = useState('');
  // A comment typed and not sent yet holds leaving the page (where the page listens).
  useReportUnsaved(fieldId, body.trim() !== '');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const problems = commentProblems(fieldId, body);
    if (problems.length > 0) return onProblems(problems);
    setStatus('');
    send(body, {
      onSuccess: () => {
        setBody('');
        setStatus('Comment added');
        onAdded();
      },
      onError: (error) => onProblems(formErrorsFrom(error, { body: fieldId })),
    });
  };

  return (
    <form method="post" noValidate onSubmit={onSubmit}>
      <CharacterCount
        id={fieldId}
        name={fieldId}
        label={label}
        labelProps={{ size: 's' }}
        maxLength={REVIEW_COMMENT_MAX_LENGTH}
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={errorFor(errors, fieldId)}
      />
      <div className="app-comment-actions">
        <Button type="submit" secondary small={small} className="nhsuk-u-margin-bottom-0">
          {submit}
        </Button>
        <p role="status" className="app-comment-status nhsuk-u-margin-bottom-0">
          {status}
        </p>
      </div>
    </form>
  );
}

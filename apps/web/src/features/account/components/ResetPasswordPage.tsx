import { Button } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { usePasswordResetLinkWorks, useResetPassword } from '../api/passwords';
import { NewPasswordField } from '../../../components/NewPasswordField';
import { isDeadResetLink, RESET_PASSWORD_FIELDS, resetPasswordProblems } from '../utils/password-forms';

/**
 * The page an emailed reset link opens: a new password (the rule as hint text), then "sign in". A link that is used,
 * expired or unknown gets one page that says so and how to get a new one.
 */
export function ResetPasswordPage({ token, onReset }: { token: string; onReset: () => void }) {
  const works = usePasswordResetLinkWorks(token);
  const reset = useResetPassword(onReset);
  const form = useFormErrors();
  const [newPassword, setNewPassword] = useState('');
  const [dead, setDead] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const problems = resetPasswordProblems(newPassword);
    if (problems.length > 0) return form.show(problems);
    reset.mutate(
      { token, newPassword },
      {
        onSuccess: () => setNewPassword(''),
        onError: (error) => {
          setNewPassword('');
          if (isDeadResetLink(error)) setDead(true);
          else form.show(formErrorsFrom(error, RESET_PASSWORD_FIELDS));
        },
      },
    );
  };

  // First: once used, the link no longer works, and the page must say it worked.
  if (reset.isSuccess) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>Your password has been reset</PageHeading>
          <p>Every browser and device that was signed in to your account has been signed out. Sign in with your new password.</p>
          <Link className="nhsuk-button" to="/sign-in">
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  if (works.isPending) return <Loading what="your link" />;
  if (works.isError) return <QueryError error={works.error} what="your link" onRetry={() => void works.refetch()} />;
  if (!works.data || dead) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>This link does not work any more</PageHeading>
          <p>A link to reset your password works once, for an hour after it was sent, and a newer link or a password change stops it working.</p>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading hasErrors={form.errors.length > 0}>Choose a new password</PageHeading>
        <form method="post" noValidate onSubmit={submit}>
          <NewPasswordField
            id={RESET_PASSWORD_FIELDS.newPassword}
            name="newPassword"
            label="New password"
            value={newPassword}
            onChange={setNewPassword}
            error={errorFor(form.errors, RESET_PASSWORD_FIELDS.newPassword)}
          />
          <Button type="submit">Reset password</Button>
        </form>
      </div>
    </div>
  );
}

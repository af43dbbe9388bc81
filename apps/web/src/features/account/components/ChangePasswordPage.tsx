import { BackLink, Button, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { useChangePassword } from '../api/passwords';
import { NewPasswordField } from '../../../components/NewPasswordField';
import { CHANGE_PASSWORD_FIELDS, changePasswordProblems } from '../utils/password-forms';

/**
 * Change your password: the current one, then a new one (the rule as hint text). Each refused field shows its own
 * error and is cleared; what was typed in the other is kept. Afterwards every other device is signed out.
 */
export function ChangePasswordPage() {
  const navigate = useNavigate();
  const change = useChangePassword();
  const form = useFormErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const problems = changePasswordProblems({ currentPassword, newPassword });
    if (problems.length > 0) return form.show(problems);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          navigate('/account', {
            state: { notice: 'Your password has been changed. Your account has been signed out on your other devices.' },
          });
        },
        onError: (error) => {
          const errors = formErrorsFrom(error, CHANGE_PASSWORD_FIELDS);
          // A refused password is not kept; the other field keeps what was typed.
          if (errors.some((e) => e.fieldId === CHANGE_PASSWORD_FIELDS.currentPassword)) setCurrentPassword('');
          if (errors.some((e) => e.fieldId === CHANGE_PASSWORD_FIELDS.newPassword)) setNewPassword('');
          form.show(errors);
        },
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/account">
          Back to your account
        </BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading hasErrors={form.errors.length > 0}>Change your password</PageHeading>
        <p>When you change your password, every other browser or device signed in to your account is signed out.</p>
        <form method="post" noValidate onSubmit={submit}>
          <TextInput
            id={CHANGE_PASSWORD_FIELDS.currentPassword}
            name="currentPassword"
            type="password"
            label="Current password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={errorFor(form.errors, CHANGE_PASSWORD_FIELDS.currentPassword)}
          />
          <NewPasswordField
            id={CHANGE_PASSWORD_FIELDS.newPassword}
            name="newPassword"
            label="New password"
            value={newPassword}
            onChange={setNewPassword}
            error={errorFor(form.errors, CHANGE_PASSWORD_FIELDS.newPassword)}
          />
          <Button type="submit">Change password</Button>
        </form>
      </div>
    </div>
  );
}

import { BackLink, Button, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { errorFor } from '../../../lib/form-errors';
import { useRequestPasswordReset } from '../api/passwords';
import { FORGOT_PASSWORD_FIELDS, forgotPasswordErrorsFrom, forgotPasswordProblems } from '../utils/password-forms';

/**
 * Forgot your password: ask for an emailed link. The answer is the same whether or not an account uses the address,
 * so nobody can use this page to find out who has an account.
 */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (request.isPending) return;
    const problems = forgotPasswordProblems(email);
    if (problems.length > 0) return form.show(problems);
    request.mutate(email.trim(), {
      onSuccess: (message) => {
        form.clear();
        setAnswer(message);
      },
      onError: (error) => form.show(forgotPasswordErrorsFrom(error)),
    });
  };

  if (answer) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>Check your email</PageHeading>
          <p>{answer}</p>
          <p>If no email arrives within a few minutes, check your junk folder, or ask your IDT Canvas administrator for help.</p>
          <p>
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink asElement={Link} to="/sign-in">
          Back to sign in
        </BackLink>
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading hasErrors={form.errors.length > 0}>Reset your password</PageHeading>
        <p>Enter the email address of your IDT Canvas account. We will email you a link to choose a new password.</p>
        <p>If you sign in with NHS single sign-on, your organisation looks after your password instead.</p>
        <form method="post" noValidate onSubmit={submit}>
          <TextInput
            id={FORGOT_PASSWORD_FIELDS.email}
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={errorFor(form.errors, FORGOT_PASSWORD_FIELDS.email)}
          />
          <Button type="submit">Send me a link</Button>
        </form>
      </div>
    </div>
  );
}

import { Button, TextInput } from 'nhsuk-react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { DEFAULT_RETURN_TO, safeReturnTo } from '../../../lib/return-to';
import { afterSignInPath, secondStepSignInPath } from '../utils/two-step-paths';
import { useSignIn } from '../api/sign-in';
import { useSignInMethods } from '../api/get-sign-in-methods';
import { singleSignOnHref, singleSignOnProblem } from '../utils/single-sign-on';
import { SIGN_IN_FIELDS, signInErrorsFrom, signInProblems } from '../utils/sign-in-form';

/**
 * Sign in with an email address and password (the NHS.UK "question page" and error summary patterns). The password
 * lives only in this component's state while it is typed: it is posted in the request body, never put in the URL
 * or in storage, and cleared after a failed attempt.
 */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const methods = useSignInMethods();
  const singleSignOn = methods.data?.singleSignOn ?? null;
  const returnTo = safeReturnTo(searchParams.get('returnTo')) ?? DEFAULT_RETURN_TO;
  const [formErrors, setErrors] = useState<readonly FormError[]>([]);
  // A failed single sign-on comes back as ?error=single-sign-on: shown until the form is used.
  const ssoProblem = singleSignOnProblem(searchParams.get('error'), singleSignOn?.name);
  const errors = useMemo(
    () => (formErrors.length === 0 && ssoProblem ? [{ message: ssoProblem }] : formErrors),
    [formErrors, ssoProblem],
  );
  const [submissions, setSubmissions] = useState(0);

  const showErrors = (problems: readonly FormError[]) => {
    setErrors(problems);
    setSubmissions((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const problems = signInProblems({ email, password });
    if (problems.length > 0) {
      showErrors(problems);
      return;
    }
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (account) => {
          setPassword('');
          navigate(afterSignInPath(account, returnTo), { replace: true });
        },
        onError: (error) => {
          setPassword('');
          // Two-step sign-in: the password was right; the code is asked for on a page of its own.
          if (error instanceof GraphQLRequestError && error.code === 'SECOND_STEP_NEEDED') {
            navigate(secondStepSignInPath(returnTo));
            return;
          }
          showErrors(signInErrorsFrom(error));
        },
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} focusKey={submissions} />
        <PageHeading hasErrors={errors.length > 0}>Sign in to IDT Canvas</PageHeading>
        <p>Use the email address and password for your IDT Canvas account.</p>
        {/* method="post": should the form ever be sent without JavaScript, the password stays out of the URL. */}
        <form method="post" noValidate onSubmit={submit}>
          <TextInput
            id={SIGN_IN_FIELDS.email}
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errorFor(errors, SIGN_IN_FIELDS.email)}
          />
          <TextInput
            id={SIGN_IN_FIELDS.password}
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errorFor(errors, SIGN_IN_FIELDS.password)}
          />
          <Button type="submit">Sign in</Button>
        </form>
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        {singleSignOn && (
          <>
            <h2 className="nhsuk-heading-m">Or use your NHS account</h2>
            <a className="nhsuk-button nhsuk-button--secondary" href={singleSignOnHref(singleSignOn.url, returnTo)}>
              Sign in with {singleSignOn.name}
            </a>
          </>
        )}
      </div>
    </div>
  );
}

import { Button, InsetText, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { DEFAULT_RETURN_TO, safeReturnTo, signInPath } from '../../../lib/return-to';
import { useCompleteSignIn } from '../api/two-step';
import { codeErrorsFrom, codeProblem } from '../utils/two-step-paths';

const FIELDS = { code: 'code' } as const;

/**
 * The second step of signing in: after a correct password, the 6-digit code from the authenticator app (or a
 * recovery code). The API keeps the waiting sign-in in an httpOnly cookie for 5 minutes and 5 wrong codes.
 */
export function SecondStepSignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const complete = useCompleteSignIn();
  const returnTo = safeReturnTo(searchParams.get('returnTo')) ?? DEFAULT_RETURN_TO;
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [submissions, setSubmissions] = useState(0);
  const [startAgain, setStartAgain] = useState(false);
  const [recoveryCodesLeft, setRecoveryCodesLeft] = useState<number | null>(null);

  const showErrors = (problems: readonly FormError[]) => {
    setErrors(problems);
    setSubmissions((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (complete.isPending) return;
    const problem = codeProblem(code);
    if (problem) return showErrors([{ fieldId: FIELDS.code, message: problem }]);
    complete.mutate(code.trim(), {
      onSuccess: (done) => {
        setCode('');
        if (done.usedRecoveryCode) setRecoveryCodesLeft(done.recoveryCodesLeft);
        else navigate(returnTo, { replace: true });
      },
      onError: (error) => {
        setCode('');
        if (error instanceof GraphQLRequestError && error.code === 'SIGN_IN_AGAIN') {
          setStartAgain(true);
          return showErrors([{ fieldId: 'sign-in-again', message: error.message }]);
        }
        showErrors(codeErrorsFrom(error, FIELDS));
      },
    });
  };

  if (recoveryCodesLeft !== null) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>You used a recovery code</PageHeading>
          <p>
            You are signed in. That recovery code is now used up: you have{' '}
            <strong>
              {recoveryCodesLeft} recovery {recoveryCodesLeft === 1 ? 'code' : 'codes'} left
            </strong>
            .
          </p>
          <InsetText>
            <p>If you have lost the phone with your authenticator app, ask an admin to reset your two-step sign-in, then set it up again.</p>
          </InsetText>
          <Link className="nhsuk-button" to={returnTo} replace>
            Continue
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} focusKey={submissions} />
        <PageHeading hasErrors={errors.length > 0}>Enter your code</PageHeading>
        {startAgain ? (
          <p id="sign-in-again">
            <Link to={signInPath(returnTo)}>Sign in again</Link> with your email address and password.
          </p>
        ) : (
          <>
            <p>Open the authenticator app on your phone and enter the 6-digit code it shows for IDT Canvas.</p>
            <form method="post" noValidate onSubmit={submit}>
              <TextInput
                id={FIELDS.code}
                name="code"
                label="Code"
                hint="6 digits, or one of your recovery codes if you do not have your phone"
                autoComplete="one-time-code"
                spellCheck={false}
                width={20}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={errorFor(errors, FIELDS.code)}
              />
              <Button type="submit">Continue</Button>
            </form>
            <p>
              <Link to={signInPath(returnTo)}>Sign in as someone else</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}

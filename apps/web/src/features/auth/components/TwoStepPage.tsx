import { Button, InsetText, SummaryList, TextInput, WarningCallout } from 'nhsuk-react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { DEFAULT_RETURN_TO, safeReturnTo } from '../../../lib/return-to';
import { useConfirmEnrolment, useMySecondStep, useStartEnrolment, useTurnOff } from '../api/two-step';
import { appCodeProblem, codeErrorsFrom } from '../utils/two-step-paths';
import './two-step.css';

type Stage =
  | { readonly kind: 'overview' }
  | { readonly kind: 'scan'; readonly manualKey: string; readonly qrCodeDataUrl: string }
  | { readonly kind: 'codes'; readonly codes: readonly string[] };

/**
 * `/account/two-step`: set up two-step sign-in (scan a QR code or type the key, confirm with a first code, then save
 * ten recovery codes shown this once), see it is on, or turn it off where the person's role allows.
 */
export function TwoStepPage() {
  const status = useMySecondStep();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo')) ?? DEFAULT_RETURN_TO;
  const [stage, setStage] = useState<Stage>({ kind: 'overview' });
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const [submissions, setSubmissions] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const showErrors = (problems: readonly FormError[]) => {
    setErrors(problems);
    setSubmissions((n) => n + 1);
  };

  if (stage.kind === 'codes') return <RecoveryCodes codes={stage.codes} returnTo={returnTo} />;
  if (status.isPending) return <Loading what="your two-step sign-in" />;
  if (status.isError) {
    return (
      <>
        <PageHeading>Two-step sign-in</PageHeading>
        <QueryError error={status.error} what="your two-step sign-in" onRetry={() => void status.refetch()} />
      </>
    );
  }
  const secondStep = status.data?.secondStep;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessNotice message={notice} />
        <ErrorSummary errors={errors} focusKey={submissions} />
        <PageHeading hasErrors={errors.length > 0}>Two-step sign-in</PageHeading>
        {!secondStep?.available ? (
          <p>You sign in with NHS single sign-on, which asks for its own second step. There is nothing to set up here.</p>
        ) : secondStep.enrolled ? (
          <Enrolled
            required={secondStep.required}
            recoveryCodesLeft={secondStep.recoveryCodesLeft ?? 0}
            errors={errors}
            onProblems={showErrors}
            onTurnedOff={() => {
              setErrors([]);
              setNotice('Two-step sign-in is off. You can set it up again at any time.');
            }}
          />
        ) : stage.kind === 'scan' ? (
          <Scan
            manualKey={stage.manualKey}
            qrCodeDataUrl={stage.qrCodeDataUrl}
            errors={errors}
            onProblems={showErrors}
            onConfirmed={(codes) => {
              setErrors([]);
              setStage({ kind: 'codes', codes });
            }}
          />
        ) : (
          <Start
            mustEnrol={secondStep.mustEnrolBeforeContinuing}
            required={secondStep.required}
            onProblems={showErrors}
            onStarted={(enrolment) => {
              setErrors([]);
              setNotice(null);
              setStage({ kind: 'scan', ...enrolment });
            }}
          />
        )}
      </div>
    </div>
  );
}

function Start({
  mustEnrol,
  required,
  onProblems,
  onStarted,
}: {
  mustEnrol: boolean;
  required: boolean;
  onProblems: (problems: readonly FormError[]) => void;
  onStarted: (enrolment: { manualKey: string; qrCodeDataUrl: string }) => void;
}) {
  const start = useStartEnrolment();
  return (
    <>
      {mustEnrol ? (
        <WarningCallout>
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Set up two-step sign-in to continue
            </span>
          </h2>
          <p>Your role lets you see every ICS, so your account must ask for a code as well as your password.</p>
        </WarningCallout>
      ) : null}
      <p>
        Two-step sign-in protects your account if someone learns your password. When you sign in with your password, you
        also enter a 6-digit code from an authenticator app on your phone.
      </p>
      {!required ? <p>It is optional for your account, and you can turn it off later.</p> : null}
      <p>
        You need an authenticator app, for example Microsoft Authenticator or Google Authenticator. It takes about 2
        minutes.
      </p>
      <Button
        type="button"
        onClick={() => {
          if (start.isPending) return;
          start.mutate(undefined, { onSuccess: onStarted, onError: (error) => onProblems(codeErrorsFrom(error)) });
        }}
      >
        Set up two-step sign-in
      </Button>
    </>
  );
}

function Scan({
  manualKey,
  qrCodeDataUrl,
  errors,
  onProblems,
  onConfirmed,
}: {
  manualKey: string;
  qrCodeDataUrl: string;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onConfirmed: (codes: readonly string[]) => void;
}) {
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const problem = appCodeProblem(code);
    if (problem) return onProblems([{ fieldId: 'code', message: problem }]);
    confirm.mutate(code.replace(/\s/g, ''), {
      onSuccess: onConfirmed,
      onError: (error) => {
        setCode('');
        onProblems(codeErrorsFrom(error));
      },
    });
  };
  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        1. Add IDT Canvas to your authenticator app
      </h2>
      <p>In your authenticator app, choose to add an account, then scan this QR code.</p>
      <img
        className="app-two-step__qr"
        src={qrCodeDataUrl}
        width={200}
        height={200}
        alt="QR code to add IDT Canvas to an authenticator app. If you cannot scan it, type the key shown below instead."
      />
      <p>If you cannot scan it, choose to enter a key instead and type this key (spaces do not matter):</p>
      <p className="app-two-step__key" data-testid="manual-key">
        {manualKey}
      </p>
      <p>Choose a time-based key if your app asks.</p>
      <h2>2. Enter the code your app shows</h2>
      <form method="post" noValidate onSubmit={submit}>
        <TextInput
          id="code"
          name="code"
          label="Code from your authenticator app"
          hint="6 digits, for example 123456"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          width={10}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={errorFor(errors, 'code')}
        />
        <Button type="submit">Confirm</Button>
      </form>
    </>
  );
}

function RecoveryCodes({ codes, returnTo }: { codes: readonly string[]; returnTo: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>Save your recovery codes</PageHeading>
        <p>Two-step sign-in is now on for your account.</p>
        <p>
          If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each code works
          once. <strong>This is the only time you will see them</strong>: print them, or copy them somewhere safe such as a
          password manager.
        </p>
        <ol className="nhsuk-list nhsuk-list--number app-two-step__codes" aria-label="Your recovery codes">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <div className="app-two-step__actions app-no-print">
          <Button type="button" secondary onClick={() => window.print()}>
            Print these codes
          </Button>
          <Button
            type="button"
            secondary
            onClick={() =>
              void navigator.clipboard.writeText(codes.join('\n')).then(
                () => setCopied('Copied the 10 recovery codes.'),
                () => setCopied('Your browser did not let us copy them: select the codes and copy them instead.'),
              )
            }
          >
            Copy these codes
          </Button>
        </div>
        <p role="status">{copied}</p>
        <Link className="nhsuk-button app-no-print" to={returnTo} replace>
          I have saved my codes: continue
        </Link>
      </div>
    </div>
  );
}

function Enrolled({
  required,
  recoveryCodesLeft,
  errors,
  onProblems,
  onTurnedOff,
}: {
  required: boolean;
  recoveryCodesLeft: number;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onTurnedOff: () => void;
}) {
  const turnOff = useTurnOff();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (turnOff.isPending) return;
    if (password === '') return onProblems([{ fieldId: 'password', message: 'Enter your password' }]);
    turnOff.mutate(
      { password },
      {
        onSuccess: () => {
          setPassword('');
          onTurnedOff();
        },
        onError: (error) => {
          setPassword('');
          onProblems(codeErrorsFrom(error, { password: 'password' }));
        },
      },
    );
  };
  return (
    <>
      <p>Two-step sign-in is on. When you sign in with your password, you also enter a code from your authenticator app.</p>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Recovery codes left</SummaryList.Key>
          <SummaryList.Value>{recoveryCodesLeft} of 10</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      {required ? (
        <InsetText>
          <p>
            Your role lets you see every ICS, so two-step sign-in stays on. If you lose your phone and your recovery codes,
            ask an admin to reset it.
          </p>
        </InsetText>
      ) : (
        <>
          <h2>Turn off two-step sign-in</h2>
          <form method="post" noValidate onSubmit={submit}>
            <TextInput
              id="password"
              name="password"
              type="password"
              label="Your password"
              hint="To make sure it is you"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={errorFor(errors, 'password')}
            />
            <Button type="submit" secondary>
              Turn off two-step sign-in
            </Button>
          </form>
        </>
      )}
    </>
  );
}

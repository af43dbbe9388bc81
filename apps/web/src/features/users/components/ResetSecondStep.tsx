import { Button } from 'nhsuk-react-components';
import { useRef, useState } from 'react';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { useResetSecondStep } from '../api/reset-second-step';

/** On the admin's page for one account: whether it has two-step sign-in, and resetting it (e.g. a lost phone). */
export function ResetSecondStep({
  user,
  onProblems,
  onReset,
}: {
  user: { id: string; name: string; secondStep: { enrolled: boolean; required: boolean } };
  onProblems: (problems: readonly FormError[]) => void;
  onReset: (message: string) => void;
}) {
  const reset = useResetSecondStep();
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { enrolled, required } = user.secondStep;
  return (
    <section aria-labelledby="two-step-heading" className="nhsuk-u-margin-bottom-7">
      <h2 id="two-step-heading" tabIndex={-1}>
        Two-step sign-in
      </h2>
      <p data-testid="two-step-status">
        {enrolled ? 'On: signing in with a password also asks for a code from an authenticator app.' : 'Not set up.'}
        {required ? ' Their role sees every ICS, so it is required when they sign in with a password.' : ''}
      </p>
      {enrolled && !confirming ? (
        <Button type="button" secondary ref={button} onClick={() => setConfirming(true)}>
          Reset two-step sign-in
        </Button>
      ) : null}
      {enrolled && confirming ? (
        <ConfirmPanel
          heading={`Reset ${user.name}'s two-step sign-in?`}
          confirm="Yes, reset it"
          cancel="No, keep it"
          warning
          busy={reset.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            if (reset.isPending) return;
            reset.mutate(user.id, {
              onSuccess: () => {
                setConfirming(false);
                onReset(
                  required
                    ? `Reset ${user.name}'s two-step sign-in and signed them out. They will set it up again when they next sign in.`
                    : `Reset ${user.name}'s two-step sign-in and signed them out.`,
                );
              },
              onError: (error) => onProblems(formErrorsFrom(error, {})),
            });
          }}
        >
          <p>
            Do this only when you are sure the request comes from {user.name}, for example when they have lost their
            phone. Their authenticator app and recovery codes will stop working and they will be signed out everywhere.
          </p>
          {required ? <p>Their role requires two-step sign-in, so they must set it up again when they next sign in.</p> : null}
        </ConfirmPanel>
      ) : null}
    </section>
  );
}

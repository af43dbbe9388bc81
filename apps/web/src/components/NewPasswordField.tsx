import { TextInput } from 'nhsuk-react-components';

/** The rule for a new password, as hint text (the API checks it: ADR 0031). */
export const NEW_PASSWORD_HINT =
  'Use at least 12 characters. There are no rules about symbols or numbers: three or four unrelated words you will remember make a good password. Common passwords, passwords seen in data breaches and your own name or email address are refused.';

/**
 * The one field where a person chooses a password (joining by invitation, changing it, resetting it): the rule as
 * hint text, and `new-password` so password managers offer to make and keep one.
 */
export function NewPasswordField(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}) {
  return (
    <TextInput
      id={props.id}
      name={props.name}
      type="password"
      label={props.label}
      hint={NEW_PASSWORD_HINT}
      autoComplete="new-password"
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
    />
  );
}

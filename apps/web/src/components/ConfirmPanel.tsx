import { Button } from 'nhsuk-react-components';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * "Are you sure?" in the NHS.UK warning callout: what will happen, then the choice as a pair of buttons (the one
 * that goes ahead first, the one that goes back second). Focus moves to its heading when it appears, so keyboard and
 * screen reader users meet it at once; Escape goes back.
 */
export function ConfirmPanel({
  heading,
  children,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  warning = false,
  busy = false,
  headingLevel = 2,
  testId,
}: {
  heading: string;
  children: ReactNode;
  /** The words of the button that goes ahead: "Yes, remove this action". */
  confirm: ReactNode;
  /** The words of the button that goes back: "No, keep it". */
  cancel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** The red button, for something that cannot be undone. */
  warning?: boolean;
  busy?: boolean;
  headingLevel?: 2 | 3;
  testId?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className="nhsuk-warning-callout app-confirm"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <Heading className="nhsuk-warning-callout__label" ref={ref} tabIndex={-1}>
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {heading}
        </span>
      </Heading>
      {children}
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        <Button type="button" warning={warning} disabled={busy} onClick={onConfirm} className="nhsuk-u-margin-bottom-0">
          {confirm}
        </Button>
        <Button type="button" secondary onClick={onCancel} className="nhsuk-u-margin-bottom-0">
          {cancel}
        </Button>
      </div>
    </div>
  );
}

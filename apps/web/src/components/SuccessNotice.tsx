/**
 * Confirms that a change worked: the NHS.UK success notification banner inside a polite live region (role=status),
 * which is always in the page so that screen readers announce the message when it appears.
 */
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" data-testid="success-notice">
      {message ? (
        <div className="nhsuk-notification-banner nhsuk-notification-banner--success">
          <div className="nhsuk-notification-banner__header">
            <p className="nhsuk-notification-banner__title">Success</p>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">{message}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Said wherever made-up demonstration data is shown, so that nobody mistakes it for a finding. */
export function IllustrativeCallout() {
  return (
    <div className="nhsuk-warning-callout" data-testid="illustrative-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Illustrative data: made up for demonstration
        </span>
      </h2>
      <p>These figures do not describe any real Integrated Care System. They show how the service will look.</p>
    </div>
  );
}

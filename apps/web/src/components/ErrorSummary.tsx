import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import type { FormError } from '../lib/form-errors';

/**
 * The NHS.UK error summary: at the top of the form, announced (role=alert) and focused every time the form is
 * submitted with problems (`focusKey` changes per submission). Each problem with a field links to that field; one
 * that is fixed on another page links there.
 */
export function ErrorSummary({
  errors,
  focusKey,
  live = false,
}: {
  errors: readonly FormError[];
  focusKey: number;
  /** Problems also appear as the person types (e.g. text over its limit): only a submission moves focus here. */
  live?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  const shownFor = useRef(focusKey);
  useEffect(() => {
    const submitted = shownFor.current !== focusKey;
    shownFor.current = focusKey;
    if (hasErrors && (submitted || !live)) ref.current?.focus();
  }, [focusKey, hasErrors, live]);

  if (!hasErrors) return null;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="nhsuk-error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map(({ fieldId, href, message }) => (
              <li key={`${fieldId ?? href ?? ''}:${message}`}>
                {href ? (
                  <Link to={href}>{message}</Link>
                ) : fieldId ? (
                  <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** As nhsuk-frontend does: focus the field, and scroll so that its label (or its group's legend) is in view too. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * A page's form problems and how many times they have been shown: pass both to ErrorSummary (which refocuses on
 * each showing) and the problems to the form (which puts each beside its field).
 */
export function useFormErrors() {
  const [state, setState] = useState<{ errors: readonly FormError[]; submissions: number }>({ errors: [], submissions: 0 });
  const show = useCallback((errors: readonly FormError[]) => setState((s) => ({ errors, submissions: s.submissions + 1 })), []);
  const clear = useCallback(() => setState((s) => (s.errors.length === 0 ? s : { errors: [], submissions: s.submissions })), []);
  return { errors: state.errors, submissions: state.submissions, show, clear };
}

/**
 * An NHS.UK group of checkboxes in a fieldset: legend, hint, error message, and one box per option. The first box has
 * the group's id (where the error summary links to); the others `<id>-2`, `<id>-3`, ….
 */
import { checkboxId } from '../utils/plan-form';

export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  onChange: (value: string, checked: boolean) => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        {options.length === 0 ? (
          <p className="nhsuk-body-s">There is nothing to choose from.</p>
        ) : (
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {options.map((option, index) => {
              const boxId = checkboxId(id, index);
              return (
                <div key={option.value} className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={boxId}
                    name={id}
                    type="checkbox"
                    value={option.value}
                    checked={selected.includes(option.value)}
                    onChange={(event) => onChange(option.value, event.target.checked)}
                    aria-describedby={option.hint ? `${boxId}-item-hint` : undefined}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={boxId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${boxId}-item-hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
    </div>
  );
}

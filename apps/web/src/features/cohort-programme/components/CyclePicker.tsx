import { Form } from 'react-router';

/**
 * Which assessment cycle to show: a GET form, so that the choice goes into the address (and can be linked to) only
 * when "Show cycle" is pressed; moving through the options with the keyboard changes nothing.
 */
export function CyclePicker({ cycles, cycleId }: { cycles: readonly { id: string; name: string }[]; cycleId: string | null }) {
  if (cycles.length < 2) return null;
  return (
    <Form method="get" className="app-cycle-picker" aria-label="Cycle to show">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="cycle-picker">
          Assessment cycle
        </label>
        <select className="nhsuk-select" id="cycle-picker" name="cycle" defaultValue={cycleId ?? undefined} key={cycleId ?? ''}>
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {cycle.name}
            </option>
          ))}
        </select>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary app-cycle-picker__button">
          Show cycle
        </button>
      </div>
    </Form>
  );
}

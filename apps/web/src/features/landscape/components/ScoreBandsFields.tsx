import { FIXED_THRESHOLD_FIELDS, type FixedThresholds } from '@idt/maturity';
import { Button, TextInput } from 'nhsuk-react-components';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { scoreBandFieldId, type ScoreBandsDraft } from '../utils/score-bands';

const LABELS: Readonly<Record<keyof FixedThresholds, string>> = {
  innovators: 'Innovators from',
  earlyAdopters: 'Early adopters from',
  earlyMajority: 'Early majority from',
  lateMajority: 'Late majority from',
};

/**
 * Fixed thresholds' four score bands, as boxes the person may change; "Apply score bands" (or Enter in a box)
 * submits the form around them, which checks and applies them.
 */
export function ScoreBandsFields({
  draft,
  errors,
  onChange,
}: {
  draft: ScoreBandsDraft;
  errors: readonly FormError[];
  onChange: (draft: ScoreBandsDraft) => void;
}) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby="landscape-bands-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Score bands</legend>
        <div className="nhsuk-hint" id="landscape-bands-hint">
          The lowest overall score, from 0 to 100, for each category, each lower than the one above. ICSs below the late
          majority&apos;s score are laggards.
        </div>
        {FIXED_THRESHOLD_FIELDS.map(({ field }) => (
          <TextInput
            key={field}
            id={scoreBandFieldId(field)}
            name={field}
            label={LABELS[field]}
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            width={3}
            value={draft[field]}
            onChange={(event) => onChange({ ...draft, [field]: event.currentTarget.value })}
            error={errorFor(errors, scoreBandFieldId(field))}
          />
        ))}
      </fieldset>
      <Button type="submit" secondary className="nhsuk-u-margin-bottom-0">
        Apply score bands
      </Button>
    </div>
  );
}

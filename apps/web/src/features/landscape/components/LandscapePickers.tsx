import { PLACEMENT_METHOD_LABELS } from '@idt/maturity';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import type { PlacementMethod } from '../../../gql/graphql';
import type { CycleChoice } from '../api/get-landscape-choices';
import { bandsParam, K_CHOICES, type LandscapeView } from '../utils/search-params';
import { checkScoreBands, draftOf } from '../utils/score-bands';
import { ScoreBandsFields } from './ScoreBandsFields';

const METHODS: readonly { method: PlacementMethod; label: string; hint: string }[] = [
  { method: 'ROGERS_QUANTILES', label: PLACEMENT_METHOD_LABELS.ROGERS_QUANTILES, hint: 'Ranked by overall score and cut at 2.5, 16, 50 and 84 % from the top.' },
  { method: 'NATURAL_BREAKS', label: PLACEMENT_METHOD_LABELS.NATURAL_BREAKS, hint: 'Groups where the scores cluster, as the 2022 discovery report on mental health did for 2021–22; each group is named by where its middle ICS falls on Rogers’ curve.' },
  { method: 'FIXED_THRESHOLDS', label: PLACEMENT_METHOD_LABELS.FIXED_THRESHOLDS, hint: 'Absolute score bands, so that movement shows even when everyone improves.' },
];

/**
 * The cycle and placement method to show. Each change goes into the address straight away (so the view can be
 * linked to) and the figures below update; nothing moves focus, so keyboard users stay where they are. Fixed
 * thresholds' score bands are typed, so they apply only when the person asks ("Apply score bands", or Enter), after
 * the engine's own check: problems go in an error summary and beside each box, and what was typed stays.
 */
export function LandscapePickers({
  cycles,
  cycleId,
  view,
  onChange,
}: {
  cycles: readonly CycleChoice[];
  cycleId: string | null;
  view: LandscapeView;
  onChange: (change: Partial<LandscapeView>) => void;
}) {
  const bandsKey = bandsParam(view.thresholds);
  const [bands, setBands] = useState(() => draftOf(view.thresholds));
  const form = useFormErrors();
  const { clear } = form;
  // Bands applied (or read from the address) are shown as they now are; a new view has no old problems. bandsKey
  // stands for view.thresholds' values (the object itself is new on every render).
  useEffect(() => {
    setBands(draftOf(view.thresholds));
    clear();
  }, [bandsKey, clear]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (view.method !== 'FIXED_THRESHOLDS') return;
    const checked = checkScoreBands(bands);
    if (checked.thresholds === null) {
      form.show(checked.errors);
      return;
    }
    form.clear();
    onChange({ thresholds: checked.thresholds });
  };

  return (
    <form className="app-landscape-pickers" noValidate onSubmit={submit} aria-label="What to show">
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="landscape-cycle">
          Assessment cycle
        </label>
        <select
          className="nhsuk-select"
          id="landscape-cycle"
          name="cycle"
          value={cycleId ?? ''}
          onChange={(event) => onChange({ cycleId: event.target.value || null })}
        >
          {cycleId === null ? <option value="">Choose a cycle</option> : null}
          {cycles.map((cycle) => (
            <option key={cycle.id} value={cycle.id}>
              {cycle.name}
              {cycle.publishedAt ? '' : ' (provisional)'}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="landscape-method-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">How ICSs are placed on the curve</legend>
          <div className="nhsuk-hint" id="landscape-method-hint">
            Every figure on this page names the method it was worked out by.
          </div>
          <div className="nhsuk-radios">
            {METHODS.map(({ method, label, hint }) => {
              const id = `landscape-method-${method.toLowerCase().replace(/_/g, '-')}`;
              return (
                <Fragment key={method}>
                  <div className="nhsuk-radios__item">
                    <input
                      className="nhsuk-radios__input"
                      id={id}
                      name="method"
                      type="radio"
                      value={method}
                      checked={view.method === method}
                      onChange={() => onChange({ method })}
                      aria-describedby={`${id}-hint`}
                    />
                    <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                      {label}
                    </label>
                    <div className="nhsuk-hint nhsuk-radios__hint" id={`${id}-hint`}>
                      {hint}
                    </div>
                  </div>
                  {method === 'NATURAL_BREAKS' && view.method === 'NATURAL_BREAKS' ? (
                    <div className="nhsuk-radios__conditional">
                      <div className="nhsuk-form-group">
                        <label className="nhsuk-label" htmlFor="landscape-k">
                          Number of groups
                        </label>
                        <select
                          className="nhsuk-select"
                          id="landscape-k"
                          name="k"
                          value={view.k}
                          onChange={(event) => onChange({ k: Number(event.target.value) })}
                        >
                          {K_CHOICES.map((k) => (
                            <option key={k} value={k}>
                              {k}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                  ) : null}
                  {method === 'FIXED_THRESHOLDS' && view.method === 'FIXED_THRESHOLDS' ? (
                    <div className="nhsuk-radios__conditional">
                      <ScoreBandsFields draft={bands} errors={form.errors} onChange={setBands} />
                    </div>
                  ) : null}
                </Fragment>
              );
            })}
          </div>
        </fieldset>
      </div>
    </form>
  );
}

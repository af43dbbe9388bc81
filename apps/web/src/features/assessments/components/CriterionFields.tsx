import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS, levelLabel, MATURITY_LEVELS, RESPONSE_LIMITS } from '@idt/domain';
import { Button, DateInput, Details, Radios, Select, Textarea } from 'nhsuk-react-components';
import { CharacterCount } from '../../../components/CharacterCount';
import type { FocusEvent } from 'react';
import { errorFor, type FormError } from '../../../lib/form-errors';
import type { FrameworkCriterion } from '../api/get-assessment';
import { NOT_ASSESSED, type AnswerFormValues } from '../utils/answers';
import { LEAD_FIELD_WORDS, type FieldWords } from '../utils/voice';
import { criterionFieldIds, criterionSlug } from '../utils/field-ids';

/**
 * One criterion of a domain page: a fieldset whose legend is the statement, with the guidance as its hint and the
 * evidence prompts in a details component; then "where are we now" (self-assessed level or not assessed), "where we want to
 * be" (target level and date), the evidence, links and confidence.
 */
export function CriterionFields({
  criterion,
  position,
  values,
  errors,
  onChange,
  onTextBlur,
  words = LEAD_FIELD_WORDS,
}: {
  criterion: FrameworkCriterion;
  /** "Criterion 2 of 3". */
  position: string;
  values: AnswerFormValues;
  errors: readonly FormError[];
  onChange: (change: Partial<AnswerFormValues>) => void;
  /** A text field lost focus: save now. */
  onTextBlur: () => void;
  /** The questions' words: the lead's by default, or about the ICS for a coach recording on its behalf. */
  words?: FieldWords;
}) {
  const ids = criterionFieldIds(criterion.key);
  const slug = criterionSlug(criterion.key);
  const descriptor = (level: number) => criterion.levels.find((l) => l.level === level)?.descriptor;
  const dateError = errorFor(errors, ids.targetDateDay);
  // Moving between the day, month and year is not leaving the date: save (and say what is wrong) once focus leaves it.
  const onDateBlur = (event: FocusEvent<HTMLInputElement>) => {
    const group = event.currentTarget.closest('.nhsuk-date-input');
    if (!(group && event.relatedTarget instanceof Node && group.contains(event.relatedTarget))) onTextBlur();
  };

  return (
    <fieldset className="nhsuk-fieldset app-criterion" aria-describedby={ids.guidance} data-testid="criterion">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
        <h2 className="nhsuk-fieldset__heading" id={ids.heading}>
          <span className="nhsuk-caption-m">
            {position}
            <span className="nhsuk-u-visually-hidden">: </span>
          </span>
          {criterion.statement}
        </h2>
      </legend>
      <div className="nhsuk-hint" id={ids.guidance}>
        {criterion.guidance}
      </div>
      {criterion.evidencePrompts.length > 0 ? (
        <Details>
          <Details.Summary>Questions to help you find evidence</Details.Summary>
          <Details.Text>
            <ul>
              {criterion.evidencePrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </Details.Text>
        </Details>
      ) : null}

      <Radios
        name={`${slug}-level`}
        legend={words.now}
        legendProps={{ size: 's' }}
        hint={words.nowHint}
        error={errorFor(errors, ids.selfLevel)}
      >
        {MATURITY_LEVELS.map((level) => (
          <Radios.Item
            key={level}
            id={ids.selfLevelOption(level)}
            value={String(level)}
            checked={values.level === String(level)}
            onChange={() => onChange({ level: String(level) })}
            hint={descriptor(level)}
          >
            {levelLabel(level)}
          </Radios.Item>
        ))}
        <Radios.Divider>or</Radios.Divider>
        <Radios.Item
          id={ids.notAssessed}
          value={NOT_ASSESSED}
          checked={values.level === NOT_ASSESSED}
          onChange={() => onChange({ level: NOT_ASSESSED })}
          hint={words.notAssessedHint}
        >
          Not assessed
        </Radios.Item>
      </Radios>

      <Select
        id={ids.targetLevel}
        name={`${slug}-target-level`}
        label={words.target}
        labelProps={{ size: 's' }}
        hint={words.targetHint}
        value={values.targetLevel}
        onChange={(event) => onChange({ targetLevel: event.target.value })}
        error={errorFor(errors, ids.targetLevel)}
      >
        <Select.Option value="">No target level</Select.Option>
        {MATURITY_LEVELS.map((level) => (
          <Select.Option key={level} value={String(level)}>
            {levelLabel(level)}
          </Select.Option>
        ))}
      </Select>

      <DateInput
        id={ids.targetDate}
        name={`${slug}-target-date`}
        legend="By when? (optional)"
        legendProps={{ size: 's' }}
        hint="For example, 31 3 2027"
        error={dateError}
      >
        <DateInput.Day
          id={ids.targetDateDay}
          value={values.targetDate.day}
          onChange={(event) => {
            event.stopPropagation();
            onChange({ targetDate: { ...values.targetDate, day: event.target.value } });
          }}
          onBlur={onDateBlur}
        />
        <DateInput.Month
          value={values.targetDate.month}
          onChange={(event) => {
            event.stopPropagation();
            onChange({ targetDate: { ...values.targetDate, month: event.target.value } });
          }}
          onBlur={onDateBlur}
        />
        <DateInput.Year
          value={values.targetDate.year}
          onChange={(event) => {
            event.stopPropagation();
            onChange({ targetDate: { ...values.targetDate, year: event.target.value } });
          }}
          onBlur={onDateBlur}
        />
      </DateInput>

      <CharacterCount
        id={ids.evidence}
        name={`${slug}-evidence`}
        label="Evidence"
        labelProps={{ size: 's' }}
        hint={words.evidenceHint}
        maxLength={RESPONSE_LIMITS.evidenceMaxLength}
        rows={5}
        value={values.evidence}
        onChange={(event) => onChange({ evidence: event.target.value })}
        onBlur={onTextBlur}
        error={errorFor(errors, ids.evidence)}
      />

      <Textarea
        id={ids.links}
        name={`${slug}-links`}
        label="Links to evidence (optional)"
        labelProps={{ size: 's' }}
        hint={`One web address a line, starting with https:// (or http://). Up to ${RESPONSE_LIMITS.linksMax}.`}
        rows={3}
        spellCheck={false}
        autoComplete="off"
        value={values.links}
        onChange={(event) => onChange({ links: event.target.value })}
        onBlur={onTextBlur}
        error={errorFor(errors, ids.links)}
      />

      <Radios
        name={`${slug}-confidence`}
        legend={words.confidence}
        legendProps={{ size: 's' }}
        inline
        small
        error={errorFor(errors, ids.confidence)}
      >
        {CONFIDENCE_LEVELS.map((confidence, index) => (
          <Radios.Item
            key={confidence}
            id={ids.confidenceLevel(index)}
            value={confidence}
            checked={values.confidence === confidence}
            onChange={() => onChange({ confidence })}
          >
            {CONFIDENCE_LABELS[confidence]}
          </Radios.Item>
        ))}
      </Radios>
      {values.confidence !== '' ? (
        // A chosen radio cannot be unchosen: confidence is optional, so it can be taken back here.
        <Button type="button" secondary small className="app-clear-confidence" onClick={() => onChange({ confidence: '' })}>
          Clear confidence<span className="nhsuk-u-visually-hidden"> in this level</span>
        </Button>
      ) : null}
    </fieldset>
  );
}

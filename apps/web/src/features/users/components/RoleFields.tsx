import { groupByRegion, type Role } from '@idt/domain';
import { Radios, Select } from 'nhsuk-react-components';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { GRANT_ROLE_FIELDS, ROLE_CHOICES, type GrantRoleValues } from '../utils/grant-role-form';

/** What a role can be for: the ICSs (with their regions) and the cohorts. */
export interface RoleScopeChoices {
  readonly systems: readonly { id: string; name: string; region: { name: string } }[];
  readonly cohorts: readonly { id: string; name: string }[];
}

/**
 * The role radios, with the ICS (for an ICS lead) or cohort (for a coach) under the chosen role: giving a role and
 * inviting someone with one ask the same question.
 */
export function RoleFields({
  values,
  onChange,
  choices,
  errors,
  hint,
}: {
  values: GrantRoleValues;
  onChange: (change: (values: GrantRoleValues) => GrantRoleValues) => void;
  choices: RoleScopeChoices;
  errors: readonly FormError[];
  hint?: string;
}) {
  return (
    <Radios name="role" legend="Role" legendProps={{ size: 's' }} hint={hint} error={errorFor(errors, GRANT_ROLE_FIELDS.role)}>
      {ROLE_CHOICES.map((choice, index) => (
        <Fragment key={choice.role}>
          <Radios.Item
            id={index === 0 ? GRANT_ROLE_FIELDS.role : `role-${choice.role.toLowerCase()}`}
            value={choice.role}
            checked={values.role === choice.role}
            onChange={() => onChange((v) => ({ ...v, role: choice.role as Role }))}
            hint={choice.hint}
          >
            {choice.label}
          </Radios.Item>
          {/*
            The ICS or cohort, shown under its role once that role is chosen. React shows and hides it rather
            than nhsuk-frontend's conditional reveal, which puts aria-expanded on radios (not allowed there).
          */}
          {values.role === choice.role && choice.role === 'ICS_LEAD' ? (
            <div className="nhsuk-radios__conditional">
              <Select
                id={GRANT_ROLE_FIELDS.systemId}
                name="systemId"
                label="ICS they lead"
                value={values.systemId}
                onChange={(event) => {
                  const systemId = event.target.value;
                  onChange((v) => ({ ...v, systemId }));
                }}
                error={errorFor(errors, GRANT_ROLE_FIELDS.systemId)}
              >
                <Select.Option value="">Select an ICS</Select.Option>
                {groupByRegion([...choices.systems], (s) => s.region.name).map((region) => (
                  <optgroup key={region.regionName} label={region.regionName}>
                    {region.members.map((system) => (
                      <Select.Option key={system.id} value={system.id}>
                        {system.name}
                      </Select.Option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </div>
          ) : null}
          {values.role === choice.role && choice.role === 'COACH' ? (
            <div className="nhsuk-radios__conditional">
              {choices.cohorts.length === 0 ? (
                <p id={GRANT_ROLE_FIELDS.cohortId} tabIndex={-1}>
                  There are no cohorts yet. <Link to="/cohorts">Create a cohort</Link> first.
                </p>
              ) : (
                <Select
                  id={GRANT_ROLE_FIELDS.cohortId}
                  name="cohortId"
                  label="Cohort they coach"
                  value={values.cohortId}
                  onChange={(event) => {
                    const cohortId = event.target.value;
                    onChange((v) => ({ ...v, cohortId }));
                  }}
                  error={errorFor(errors, GRANT_ROLE_FIELDS.cohortId)}
                >
                  <Select.Option value="">Select a cohort</Select.Option>
                  {choices.cohorts.map((cohort) => (
                    <Select.Option key={cohort.id} value={cohort.id}>
                      {cohort.name}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </div>
          ) : null}
        </Fragment>
      ))}
    </Radios>
  );
}

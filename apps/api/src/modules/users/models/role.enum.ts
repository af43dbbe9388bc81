import { ROLES } from '@idt/domain';
import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../graphql/enum-of';

/** GraphQL's `Role` enum, from the domain's list: the same words in the database, the schema and the screens. */
export const RoleEnum = enumOf(ROLES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a person may do: lead one ICS, coach one cohort, view everything, or administer.',
  valuesMap: {
    ICS_LEAD: { description: 'Completes the canvas for one ICS.' },
    COACH: { description: 'Reviews and supports the ICSs of one cohort.' },
    NATIONAL: { description: 'Reads the landscape of all 42 ICSs.' },
    ADMIN: { description: 'Manages accounts, roles, cohorts and cycles.' },
  },
});

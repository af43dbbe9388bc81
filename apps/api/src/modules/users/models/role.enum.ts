import { Role, ROLES } from '@idt/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL's `Role` enum, from the domain's list: the same words in the database, the schema and the screens. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };

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

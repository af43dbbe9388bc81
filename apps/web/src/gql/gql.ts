/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n": typeof types.SignInMethodsDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": typeof types.AddSystemToCohortDocument,
    "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": typeof types.RemoveSystemFromCohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortSystemChoicesDocument,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n  }\n": typeof types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": typeof types.CohortDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n": typeof types.SystemsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n": typeof types.GrantRoleChoicesDocument,
    "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserDetailsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n": typeof types.UserDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n": typeof types.RevokeRoleDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n": types.SignInMethodsDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": types.AddSystemToCohortDocument,
    "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n": types.RemoveSystemFromCohortDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCohortDocument,
    "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n": types.CohortSystemChoicesDocument,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n  }\n": types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": types.CohortDocument,
    "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n": types.CohortsDocument,
    "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n": types.SystemsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n": types.GrantRoleChoicesDocument,
    "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n": types.UserDetailsFragmentDoc,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n": types.UserDocument,
    "\n  query Users {\n    users {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n": types.RevokeRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMethods {\n    signInMethods {\n      password\n      singleSignOn {\n        name\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').SignInMethodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {\n    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').AddSystemToCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {\n    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').RemoveSystemFromCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortSystemChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortSystemChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    description\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    coaches {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CohortDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n"): typeof import('./graphql').CohortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts {\n    cohorts {\n      id\n      name\n      description\n      systems {\n        id\n        name\n      }\n      coaches {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CohortsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Systems {\n    systems {\n      id\n      onsCode\n      odsCode\n      name\n      region {\n        id\n        odsCode\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SystemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantRoleChoices {\n    systems {\n      id\n      name\n      region {\n        id\n        name\n      }\n    }\n    cohorts {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').GrantRoleChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetails on UserAccount {\n    id\n    name\n    email\n    createdAt\n    roleGrants {\n      id\n      role\n      grantedAt\n      system {\n        id\n        name\n      }\n      cohort {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      name\n      email\n      roleGrants {\n        id\n        role\n        system {\n          id\n          name\n        }\n        cohort {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').GrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId) {\n      ...UserDetails\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateCohortInput = {
  description?: string | null | undefined;
  name: string;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** For a local account. Leave out for someone who signs in only with NHS single sign-on. */
  password?: string | null | undefined;
};

export type GrantRoleInput = {
  /** Required for COACH: the cohort they coach. */
  cohortId?: string | null | undefined;
  role: Role;
  /** Required for ICS_LEAD: the ICS they lead. */
  systemId?: string | null | undefined;
  userId: string;
};

/** What a person may do: lead one ICS, coach one cohort, view everything, or administer. */
export type Role =
  /** Manages accounts, roles, cohorts and cycles. */
  | 'ADMIN'
  /** Reviews and supports the ICSs of one cohort. */
  | 'COACH'
  /** Completes the canvas for one ICS. */
  | 'ICS_LEAD'
  /** Reads the landscape of all 42 ICSs. */
  | 'NATIONAL';

export type SignInInput = {
  email: string;
  password: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } | null };

export type SignInMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMethodsQuery = { signInMethods: { password: boolean, singleSignOn: { name: string, url: string } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type AddSystemToCohortMutationVariables = Exact<{
  cohortId: string;
  systemId: string;
}>;


export type AddSystemToCohortMutation = { addSystemToCohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }> } };

export type RemoveSystemFromCohortMutationVariables = Exact<{
  cohortId: string;
  systemId: string;
}>;


export type RemoveSystemFromCohortMutation = { removeSystemFromCohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }> } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { id: string, name: string } };

export type CohortSystemChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortSystemChoicesQuery = { systems: Array<{ id: string, name: string, region: { id: string, name: string } }> };

export type CohortDetailsFragment = { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }> };

export type CohortQueryVariables = Exact<{
  id: string;
}>;


export type CohortQuery = { cohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }> } };

export type CohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsQuery = { cohorts: Array<{ id: string, name: string, description: string, systems: Array<{ id: string, name: string }>, coaches: Array<{ id: string, name: string }> }> };

export type SystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemsQuery = { systems: Array<{ id: string, onsCode: string, odsCode: string, name: string, region: { id: string, odsCode: string, name: string } }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, name: string, email: string } };

export type GrantRoleChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantRoleChoicesQuery = { systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, cohorts: Array<{ id: string, name: string }> };

export type UserDetailsFragment = { id: string, name: string, email: string, createdAt: string, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, name: string, email: string, createdAt: string, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> }> };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, name: string, email: string, createdAt: string, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type RevokeRoleMutationVariables = Exact<{
  grantId: string;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, name: string, email: string, createdAt: string, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CohortDetailsFragmentDoc = new TypedDocumentString(`
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
}
    `, {"fragmentName":"CohortDetails"}) as unknown as TypedDocumentString<CohortDetailsFragment, unknown>;
export const UserDetailsFragmentDoc = new TypedDocumentString(`
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}
    `, {"fragmentName":"UserDetails"}) as unknown as TypedDocumentString<UserDetailsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    roleGrants {
      id
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInMethodsDocument = new TypedDocumentString(`
    query SignInMethods {
  signInMethods {
    password
    singleSignOn {
      name
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMethodsQuery, SignInMethodsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    id
    name
    email
    roleGrants {
      id
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const AddSystemToCohortDocument = new TypedDocumentString(`
    mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {
  addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddSystemToCohortMutation, AddSystemToCohortMutationVariables>;
export const RemoveSystemFromCohortDocument = new TypedDocumentString(`
    mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {
  removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
}`) as unknown as TypedDocumentString<RemoveSystemFromCohortMutation, RemoveSystemFromCohortMutationVariables>;
export const CreateCohortDocument = new TypedDocumentString(`
    mutation CreateCohort($input: CreateCohortInput!) {
  createCohort(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCohortMutation, CreateCohortMutationVariables>;
export const CohortSystemChoicesDocument = new TypedDocumentString(`
    query CohortSystemChoices {
  systems {
    id
    name
    region {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortSystemChoicesQuery, CohortSystemChoicesQueryVariables>;
export const CohortDocument = new TypedDocumentString(`
    query Cohort($id: ID!) {
  cohort(id: $id) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
}`) as unknown as TypedDocumentString<CohortQuery, CohortQueryVariables>;
export const CohortsDocument = new TypedDocumentString(`
    query Cohorts {
  cohorts {
    id
    name
    description
    systems {
      id
      name
    }
    coaches {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsQuery, CohortsQueryVariables>;
export const SystemsDocument = new TypedDocumentString(`
    query Systems {
  systems {
    id
    onsCode
    odsCode
    name
    region {
      id
      odsCode
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SystemsQuery, SystemsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const GrantRoleChoicesDocument = new TypedDocumentString(`
    query GrantRoleChoices {
  systems {
    id
    name
    region {
      id
      name
    }
  }
  cohorts {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GrantRoleChoicesQuery, GrantRoleChoicesQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    name
    email
    roleGrants {
      id
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($grantId: ID!) {
  revokeRole(grantId: $grantId) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
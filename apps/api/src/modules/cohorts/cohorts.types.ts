import { SystemRecord } from '../systems/systems.types';

export interface CohortRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly systems: readonly SystemRecord[];
  readonly coaches: readonly { readonly id: string; readonly name: string }[];
  readonly projects: readonly CohortProjectRecord[];
}

/** A project a cohort member runs in the programme. */
export interface CohortProjectRecord {
  readonly id: string;
  readonly systemId: string;
  readonly systemName: string;
  readonly name: string;
  readonly pathway: string;
  readonly description: string;
}

import { SystemRecord } from '../systems/systems.types';

export interface CohortRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly systems: readonly SystemRecord[];
  readonly coaches: readonly { readonly id: string; readonly name: string }[];
}

import { UnauthenticatedError } from '../../common/app-error';
import { RoleGrantRecord, UserAccountRecord } from './users.types';

/**
 * The signed-in person's account as `me` answers it: id, email and name come from the session (already in memory);
 * `createdAt` and `roleGrants` are read from the database only if the query asks for them, once per request
 * (graphql-js calls a field that is a method). So `me { id name }`, which every page asks, costs no database round trip.
 */
export class SignedInAccount {
  private loaded: Promise<UserAccountRecord> | undefined;

  constructor(
    readonly id: string,
    readonly email: string,
    readonly name: string,
    private readonly load: (id: string) => Promise<UserAccountRecord | null>,
  ) {}

  async createdAt(): Promise<Date> {
    return (await this.account()).createdAt;
  }

  async roleGrants(): Promise<readonly RoleGrantRecord[]> {
    return (await this.account()).roleGrants;
  }

  private account(): Promise<UserAccountRecord> {
    this.loaded ??= this.load(this.id).then((account) => {
      // The account went while the request was on its way (its sessions went with it).
      if (!account) throw new UnauthenticatedError();
      return account;
    });
    return this.loaded;
  }
}

import { UnauthenticatedError } from '../../common/app-error';
import { RoleGrantRecord, UserAccountRecord } from './users.types';

/**
 * The signed-in person's account as `me` answers it: id, email and name come from the session (already in memory);
 * `createdAt` and `roleGrants` are read from the database only if the query asks for them, once per request
 * (a field is a getter, read only when the query asks for it). So `me { id name }`, which every page asks, costs no database round trip.
 */
export class SignedInAccount {
  private loaded: Promise<UserAccountRecord> | undefined;

  constructor(
    readonly id: string,
    readonly email: string,
    readonly name: string,
    private readonly load: (id: string) => Promise<UserAccountRecord | null>,
  ) {}

  get createdAt(): Promise<Date> {
    return this.account().then((account) => account.createdAt);
  }

  get roleGrants(): Promise<readonly RoleGrantRecord[]> {
    return this.account().then((account) => account.roleGrants);
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

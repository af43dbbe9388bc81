import { can } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { LandscapeRepository } from './landscape.repository';
import { PeerSharingModel } from './models/peer-sharing.model';

/** An ICS's choice to be named to its peers in published landscapes: its leads decide, and it is audited. */
@Injectable()
export class PeerSharingService {
  constructor(private readonly landscapes: LandscapeRepository) {}

  /** The ICS's current choice: read by its leads, its coaches, national viewers and admins (anyone else: not found). */
  async get(caller: Caller, systemId: string): Promise<PeerSharingModel> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'peer-sharing', systemId: id }, 'ICS');
    const row = await this.landscapes.peerSharing(id);
    if (!row) throw new NotFoundError('ICS');
    return { ...row, canChange: can(caller.actor, 'manage', { kind: 'peer-sharing', systemId: id }) };
  }

  async set(caller: Caller, systemId: string, share: boolean): Promise<boolean> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'peer-sharing', systemId: id }, 'ICS');
    requirePermission(caller.actor, 'manage', { kind: 'peer-sharing', systemId: id });
    await this.landscapes.setPeerSharing(id, share, { userId: caller.user.id, ip: caller.ip });
    return share;
  }
}

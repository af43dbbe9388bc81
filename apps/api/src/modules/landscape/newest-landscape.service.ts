import { visibilitiesInLandscape } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { NewestLandscapeRepository } from './newest-landscape.repository';

/**
 * Which cycle's landscape to show someone who has not chosen one: the newest cycle (in the order `assessmentCycles`
 * lists them) in which they see at least one ICS, by the landscape's own visibility rule. Usually the newest or the
 * one before it, so it reads one or two cycles' lists of ICSs, not their landscapes.
 */
@Injectable()
export class NewestLandscapeService {
  constructor(
    private readonly canvas: CanvasRepository,
    private readonly systems: NewestLandscapeRepository,
  ) {}

  async newestCycleId(caller: Caller): Promise<string | null> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    for (const cycle of await this.canvas.listCycles()) {
      const onLandscape = await this.systems.systemsOnLandscape(cycle.id);
      const visibility = visibilitiesInLandscape(caller.actor, onLandscape, cycle.publishedAt !== null);
      if ([...visibility.values()].some((v) => v !== 'HIDDEN')) return cycle.id;
    }
    return null;
  }
}

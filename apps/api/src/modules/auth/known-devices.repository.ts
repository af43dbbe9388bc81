import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, runOne } from '../../database/typed-sql';
import { KNOWN_DEVICE_DAYS } from './device-cookie';
import { SIGN_IN_THROTTLE } from './sign-in-throttle';

/** How many devices a person's account remembers; signing in on one more forgets the one used longest ago. */
export const KNOWN_DEVICES_PER_PERSON = 20;

const FIND_DEVICE = defineQuery<[tokenHash: Buffer, userId: string, days: number, windowMinutes: number]>()({
  name: 'knownDevices.find',
  text: `SELECT id,
      CASE WHEN last_failed_at > now() - make_interval(mins => $4) THEN failed_count ELSE 0 END AS failures,
      extract(epoch FROM now() - last_failed_at)::float8 / 60 AS minutes_since_failure
    FROM known_device
    WHERE token_hash = $1 AND user_id = $2 AND last_signed_in_at > now() - make_interval(days => $3)`,
  columns: { id: col.uuid, failures: col.int, minutes_since_failure: col.float.orNull },
});

const RECORD_FAILURE = defineQuery<[id: string, windowMinutes: number]>()({
  name: 'knownDevices.recordFailure',
  text: `UPDATE known_device
    SET failed_count = CASE WHEN last_failed_at > now() - make_interval(mins => $2) THEN failed_count + 1 ELSE 1 END,
        last_failed_at = now()
    WHERE id = $1 RETURNING id`,
  columns: { id: col.uuid },
});

const SIGNED_IN_ON = defineQuery<[tokenHash: Buffer, userId: string, days: number]>()({
  name: 'knownDevices.signedIn',
  text: `UPDATE known_device SET last_signed_in_at = now(), failed_count = 0, last_failed_at = NULL
    WHERE token_hash = $1 AND user_id = $2 AND last_signed_in_at > now() - make_interval(days => $3)
    RETURNING id`,
  columns: { id: col.uuid },
});

const REMEMBER = defineQuery<[tokenHash: Buffer, userId: string, keep: number]>()({
  name: 'knownDevices.remember',
  text: `WITH added AS (
      INSERT INTO known_device (token_hash, user_id) VALUES ($1, $2) RETURNING id
    ), forgotten AS (
      DELETE FROM known_device WHERE id IN (
        SELECT id FROM known_device WHERE user_id = $2 ORDER BY last_signed_in_at DESC OFFSET $3 - 1
      )
    )
    SELECT id FROM added`,
  columns: { id: col.uuid },
});

/** Known devices are rows, so every replica recognises the same ones and counts their failures together. */
@Injectable()
export class KnownDevicesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** This account's device with this token (not unused for too long), with its failures in the throttle's window. */
  async find(tokenHash: Buffer, userId: string): Promise<{ id: string; failures: number; minutesSinceFailure: number | null } | null> {
    const row = await runOne(this.dataSource, FIND_DEVICE, [tokenHash, userId, KNOWN_DEVICE_DAYS, SIGN_IN_THROTTLE.knownDeviceWindowMinutes]);
    return row ? { id: row.id, failures: row.failures, minutesSinceFailure: row.minutes_since_failure } : null;
  }

  async recordFailure(id: string): Promise<void> {
    await runOne(this.dataSource, RECORD_FAILURE, [id, SIGN_IN_THROTTLE.knownDeviceWindowMinutes]);
  }

  /** Notes a sign-in on this account's device with this token; false when it is not one (unknown, or another's). */
  async signedIn(tokenHash: Buffer, userId: string): Promise<boolean> {
    return (await runOne(this.dataSource, SIGNED_IN_ON, [tokenHash, userId, KNOWN_DEVICE_DAYS])) !== null;
  }

  /** Remembers a new device for this account, forgetting its least recently used beyond the most kept. */
  async remember(tokenHash: Buffer, userId: string): Promise<void> {
    await runOne(this.dataSource, REMEMBER, [tokenHash, userId, KNOWN_DEVICES_PER_PERSON]);
  }
}

import {
  CANVAS_V1,
  DEMO_ACCOUNTS,
  DEMO_CURRENT_CYCLE_INDEX,
  DEMO_CYCLE_NAME,
  DEMO_HISTORY_CYCLES,
  DEMO_SUBMITTED_PIONEERS,
  DEMO_PASSWORD,
  demoAnswers,
  demoBaselineGroups,
  normaliseEmail,
  notificationMessage,
  PIONEERS_COHORT,
} from '@idt/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { appendAuditEvent } from '../audit/audit-event';
import { PasswordHasher } from '../auth/password-hasher';

const ADMIN_EXISTS = defineQuery()({
  name: 'demo.adminExists',
  text: `SELECT EXISTS (SELECT 1 FROM role_grant WHERE role = 'ADMIN') AS "exists"`,
  columns: { exists: col.bool },
});

const GRANT_ADMIN = defineQuery<[userId: string]>()({
  name: 'demo.grantAdmin',
  text: `INSERT INTO role_grant (user_id, role) VALUES ($1, 'ADMIN') ON CONFLICT DO NOTHING`,
  columns: {},
});

const UPSERT_COHORT = defineQuery<[name: string, description: string]>()({
  name: 'demo.upsertCohort',
  text: `INSERT INTO cohort (name, description) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description RETURNING id`,
  columns: { id: col.uuid },
});

const ADD_MEMBERS = defineQuery<[cohortId: string, systemNames: readonly string[]]>()({
  name: 'demo.addMembers',
  text: `INSERT INTO cohort_member (cohort_id, system_id)
         SELECT $1, id FROM system WHERE name = ANY($2::text[])
         ON CONFLICT DO NOTHING RETURNING system_id`,
  columns: { system_id: col.uuid },
});

const GRANT_ROLE = defineQuery<[userId: string, role: string, systemName: string | null, cohortId: string | null]>()({
  name: 'demo.grantRole',
  text: `INSERT INTO role_grant (user_id, role, system_id, cohort_id)
         SELECT $1, $2, (SELECT id FROM system WHERE name = $3), $4
         ON CONFLICT DO NOTHING`,
  columns: {},
});

const ADD_PROJECTS = defineQuery<
  [cohortId: string, systemNames: string[], names: string[], pathways: string[], descriptions: string[], positions: number[]]
>()({
  name: 'demo.addProjects',
  text: `INSERT INTO cohort_member_project (cohort_id, system_id, name, pathway, description, created_at)
         SELECT $1, m.system_id, p.name, p.pathway, p.description, now() + make_interval(secs => p.position)
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS p(system_name, name, pathway, description, position)
         JOIN system s ON s.name = p.system_name
         JOIN cohort_member m ON m.cohort_id = $1 AND m.system_id = s.id
         ON CONFLICT (cohort_id, system_id, name) DO NOTHING`,
  columns: {},
});

const OPEN_DEMO_CYCLE = defineQuery<[name: string]>()({
  name: 'demo.openCycle',
  text: `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on, illustrative)
         SELECT $1, id, current_date - 14, current_date + 90, true FROM canvas_framework WHERE key = 'idt-canvas' AND version = 1
         ON CONFLICT (name) DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const OPEN_ASSESSMENTS = defineQuery<[cycleId: string]>()({
  name: 'demo.openAssessments',
  text: `INSERT INTO assessment (cycle_id, system_id) SELECT $1, id FROM system`,
  columns: {},
});

const SYSTEM_CODES = defineQuery()({
  name: 'demo.systemCodes',
  text: `SELECT id, ons_code FROM system`,
  columns: { id: col.uuid, ons_code: col.text },
});

const HISTORY_CYCLE = defineQuery<[name: string, opensOn: string, closesOn: string]>()({
  name: 'demo.historyCycle',
  text: `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on, illustrative, published_at, closed_on)
         SELECT $1, id, $2, $3, true, $3::date, $3::date FROM canvas_framework WHERE key = 'idt-canvas' AND version = 1
         ON CONFLICT (name) DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const VALIDATED_ASSESSMENTS = defineQuery<[cycleId: string]>()({
  name: 'demo.validatedAssessments',
  text: `INSERT INTO assessment (cycle_id, system_id, status) SELECT $1, id, 'VALIDATED' FROM system
         RETURNING id, system_id`,
  columns: { id: col.uuid, system_id: col.uuid },
});

const HISTORY_ANSWERS = defineQuery<
  [assessmentIds: string[], criterionKeys: string[], selfLevels: (number | null)[], moderatedLevels: (number | null)[], evidence: string[]]
>()({
  name: 'demo.historyAnswers',
  text: `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, moderated_level, evidence)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[], $4::smallint[], $5::text[])`,
  columns: {},
});

const PEER_SHARING = defineQuery()({
  name: 'demo.peerSharing',
  text: `INSERT INTO peer_sharing (system_id, share_name_with_peers)
         SELECT id, right(ons_code, 1)::int % 2 = 0 FROM system ON CONFLICT (system_id) DO NOTHING`,
  columns: {},
});

const PEOPLE = defineQuery<[emails: string[]]>()({
  name: 'demo.people',
  text: `SELECT email, id FROM user_account WHERE email = ANY($1::text[])`,
  columns: { email: col.text, id: col.uuid },
});

const SYSTEM_NAMED = defineQuery<[name: string]>()({
  name: 'demo.systemNamed',
  text: `SELECT id FROM system WHERE name = $1`,
  columns: { id: col.uuid },
});

const COHORT_MEMBERS = defineQuery<[cohortName: string]>()({
  name: 'demo.cohortMembers',
  text: `SELECT m.system_id FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id WHERE c.name = $1`,
  columns: { system_id: col.uuid },
});

const HISTORY_TRANSITIONS = defineQuery<
  [
    assessmentIds: string[],
    transitions: string[],
    fromStatuses: string[],
    toStatuses: string[],
    actors: (string | null)[],
    closesOn: string,
    days: number[],
  ]
>()({
  name: 'demo.historyTransitions',
  text: `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status, actor_user_id, occurred_at)
         SELECT t.assessment_id, t.transition, t.from_status, t.to_status, t.actor, ($6::date - t.days) + time '10:00'
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $7::int[])
           AS t(assessment_id, transition, from_status, to_status, actor, days)`,
  columns: {},
});

const SUBMIT_UNTOUCHED = defineQuery<[cycleName: string, systemName: string]>()({
  name: 'demo.submitUntouched',
  text: `UPDATE assessment a SET status = 'SUBMITTED', version = version + 1, updated_at = now()
         FROM assessment_cycle c, system s
         WHERE c.id = a.cycle_id AND s.id = a.system_id AND c.name = $1 AND s.name = $2 AND a.status = 'DRAFT' AND a.version = 1
           AND NOT EXISTS (SELECT 1 FROM assessment_response r WHERE r.assessment_id = a.id)
         RETURNING a.id, s.ons_code`,
  columns: { id: col.uuid, ons_code: col.text },
});

const SUBMITTED_ANSWERS = defineQuery<[assessmentId: string, criterionKeys: string[], selfLevels: (number | null)[], evidence: string[]]>()({
  name: 'demo.submittedAnswers',
  text: `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
         SELECT $1, * FROM unnest($2::text[], $3::smallint[], $4::text[])`,
  columns: {},
});

const SUBMITTED = defineQuery<[assessmentId: string, daysAgo: number]>()({
  name: 'demo.submitted',
  text: `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status, occurred_at)
         VALUES ($1, 'SUBMIT', 'DRAFT', 'SUBMITTED', now() - make_interval(days => $2))`,
  columns: {},
});

const TELL_COACHES = defineQuery<[assessmentId: string, message: string, daysAgo: number]>()({
  name: 'demo.tellCoaches',
  text: `INSERT INTO notification (recipient_user_id, kind, assessment_id, message, created_at)
         SELECT DISTINCT g.user_id, 'ASSESSMENT_SUBMITTED', $1::uuid, $2, now() - make_interval(days => $3)
         FROM role_grant g JOIN cohort_member m ON m.cohort_id = g.cohort_id
         WHERE g.role = 'COACH' AND m.system_id = (SELECT system_id FROM assessment WHERE id = $1)`,
  columns: {},
});

const UPSERT_USER = defineQuery<[email: string, name: string, passwordHash: string]>()({
  name: 'demo.upsertUser',
  text: `INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
  columns: { id: col.uuid },
});

/**
 * At start-up: creates the first admin of a new deployment when told to (BOOTSTRAP_ADMIN_*), and, for `npm start`'s
 * embedded database only, the demo accounts and the Pioneers cohort. Both are idempotent: a restart changes nothing.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.bootstrapAdmin) await this.bootstrapAdmin(this.config.bootstrapAdmin);
    if (this.config.seedDemoData) await this.seedDemoData();
  }

  private async bootstrapAdmin(admin: NonNullable<AppConfig['bootstrapAdmin']>): Promise<void> {
    const found = await runOne(this.dataSource, ADMIN_EXISTS);
    if (found?.exists) return;
    const email = normaliseEmail(admin.email);
    await this.dataSource.transaction(async (tx) => {
      const userId = await this.upsertUser(tx, email, admin.name, await this.hasher.hash(admin.password));
      await run(tx, GRANT_ADMIN, [userId]);
      await appendAuditEvent(tx, {
        actorUserId: null,
        action: 'ROLE_GRANTED',
        subjectType: 'user_account',
        subjectId: userId,
        after: { role: 'ADMIN', reason: 'bootstrap admin from BOOTSTRAP_ADMIN_EMAIL' },
      });
    });
    this.logger.log(`Created the first admin account, ${email}.`);
  }

  private async seedDemoData(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.dataSource.transaction(async (tx) => {
      const [cohort] = await run(tx, UPSERT_COHORT, [PIONEERS_COHORT.name, PIONEERS_COHORT.description]);
      const members = await run(tx, ADD_MEMBERS, [cohort.id, PIONEERS_COHORT.systemNames]);
      for (const account of DEMO_ACCOUNTS) {
        const userId = await this.upsertUser(tx, account.email, account.name, passwordHash);
        await run(tx, GRANT_ROLE, [userId, account.role, account.systemName ?? null, account.role === 'COACH' ? cohort.id : null]);
      }
      if (members.length > 0) this.logger.log(`Seeded the demo cohort "${PIONEERS_COHORT.name}".`);
      // The ten projects of the Pioneers programme page, on their ICSs' memberships (once: a name is unique per member).
      await run(tx, ADD_PROJECTS, [
        cohort.id,
        PIONEERS_COHORT.projects.map((p) => p.systemName),
        PIONEERS_COHORT.projects.map((p) => p.name),
        PIONEERS_COHORT.projects.map((p) => p.pathway),
        PIONEERS_COHORT.projects.map((p) => p.description),
        PIONEERS_COHORT.projects.map((_, i) => i),
      ]);
      // An open cycle for all 42 ICSs, so the demo ICS lead has a canvas to complete. Its dates are set from the day
      // the demo is first started (open a fortnight ago, closing in three months), then left alone. Cycles may not
      // overlap for an ICS (ADR 0023): to open a new cycle today, the admin closes this one early (Cycles, in the app).
      const cycles = await run(tx, OPEN_DEMO_CYCLE, [DEMO_CYCLE_NAME]);
      if (cycles.length > 0) {
        await run(tx, OPEN_ASSESSMENTS, [cycles[0].id]);
        this.logger.log(`Opened the demo cycle "${DEMO_CYCLE_NAME}".`);
      }
    });
    await this.seedDemoHistory();
    await this.seedDemoSubmissions();
    this.logger.log(`Demo accounts ready (${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}).`);
  }

  /**
   * Three past cycles of ILLUSTRATIVE scores for all 42 ICSs (validated, published, labelled illustrative), from the
   * domain package's deterministic generator; and about half the ICSs agreeing to be named to their peers.
   */
  private async seedDemoHistory(): Promise<void> {
    const systems = await run(this.dataSource, SYSTEM_CODES);
    const groups = demoBaselineGroups(systems.map((s) => s.ons_code));
    for (const [index, cycle] of DEMO_HISTORY_CYCLES.entries()) {
      await this.dataSource.transaction(async (tx) => {
        const created = await run(tx, HISTORY_CYCLE, [cycle.name, cycle.opensOn, cycle.closesOn]);
        if (created.length === 0) return;
        const assessments = await run(tx, VALIDATED_ASSESSMENTS, [created[0].id]);
        const codeOf = new Map(systems.map((s) => [s.id, s.ons_code]));
        const rows = assessments.flatMap((a) => {
          const code = codeOf.get(a.system_id) ?? '';
          return demoAnswers(CANVAS_V1, code, groups.get(code) ?? 0, index).map((answer) => ({ assessmentId: a.id, ...answer }));
        });
        await run(tx, HISTORY_ANSWERS, [
          rows.map((r) => r.assessmentId),
          rows.map((r) => r.criterionKey),
          rows.map((r) => r.selfLevel),
          rows.map((r) => r.moderatedLevel),
          rows.map(() => 'Illustrative evidence (made-up demonstration data).'),
        ]);
        await this.seedValidatedHistory(tx, assessments, cycle.closesOn);
        this.logger.log(`Seeded the illustrative cycle "${cycle.name}".`);
      });
    }
    await run(this.dataSource, PEER_SHARING);
  }

  /**
   * A validated past assessment's history, as it would have happened: submitted three weeks before the cycle closed,
   * taken into review a week later, validated a week before the close. Who: the demo ICS lead submitted their own
   * ICS's; the demo coach reviewed and validated the Pioneers'; any other step has no person (the history says
   * "Illustrative data", as the cycle is illustrative).
   */
  private async seedValidatedHistory(
    tx: EntityManager,
    assessments: readonly { id: string; system_id: string }[],
    closesOn: string,
  ): Promise<void> {
    const people = await run(tx, PEOPLE, [DEMO_ACCOUNTS.map((a) => a.email)]);
    const idOf = (role: string) => people.find((p) => p.email === DEMO_ACCOUNTS.find((a) => a.role === role)?.email)?.id ?? null;
    const lead = DEMO_ACCOUNTS.find((a) => a.role === 'ICS_LEAD');
    const leadSystem = await runOne(tx, SYSTEM_NAMED, [lead?.systemName ?? '']);
    const pioneers = new Set((await run(tx, COHORT_MEMBERS, [PIONEERS_COHORT.name])).map((r) => r.system_id));
    const steps = [
      { transition: 'SUBMIT', from: 'DRAFT', to: 'SUBMITTED', daysBeforeClose: 21 },
      { transition: 'START_REVIEW', from: 'SUBMITTED', to: 'IN_REVIEW', daysBeforeClose: 14 },
      { transition: 'VALIDATE', from: 'IN_REVIEW', to: 'VALIDATED', daysBeforeClose: 7 },
    ] as const;
    const rows = assessments.flatMap((a) =>
      steps.map((step) => ({
        assessmentId: a.id,
        ...step,
        actor:
          step.transition === 'SUBMIT'
            ? a.system_id === leadSystem?.id
              ? idOf('ICS_LEAD')
              : null
            : pioneers.has(a.system_id)
              ? idOf('COACH')
              : null,
      })),
    );
    await run(tx, HISTORY_TRANSITIONS, [
      rows.map((r) => r.assessmentId),
      rows.map((r) => r.transition),
      rows.map((r) => r.from),
      rows.map((r) => r.to),
      rows.map((r) => r.actor),
      closesOn,
      rows.map((r) => r.daysBeforeClose),
    ]);
  }

  /**
   * ILLUSTRATIVE submitted self-assessments of six Pioneers in the open demo cycle, for the demo coach to review
   * (answers from the same generator as the past cycles; self-scores only, as submitted). Only while they are still
   * untouched drafts with no answers, so a restart changes nothing.
   */
  private async seedDemoSubmissions(): Promise<void> {
    const systems = await run(this.dataSource, SYSTEM_CODES);
    const groups = demoBaselineGroups(systems.map((s) => s.ons_code));
    for (const pioneer of DEMO_SUBMITTED_PIONEERS) {
      await this.dataSource.transaction(async (tx) => {
        const row = await runOne(tx, SUBMIT_UNTOUCHED, [DEMO_CYCLE_NAME, pioneer.systemName]);
        if (!row) return;
        const answers = demoAnswers(CANVAS_V1, row.ons_code, groups.get(row.ons_code) ?? 0, DEMO_CURRENT_CYCLE_INDEX);
        await run(tx, SUBMITTED_ANSWERS, [
          row.id,
          answers.map((a) => a.criterionKey),
          answers.map((a) => a.selfLevel),
          answers.map(() => 'Illustrative evidence (made-up demonstration data).'),
        ]);
        await run(tx, SUBMITTED, [row.id, pioneer.submittedDaysAgo]);
        // As a real submission would: each coach of the ICS's cohorts is told.
        await run(tx, TELL_COACHES, [
          row.id,
          notificationMessage('ASSESSMENT_SUBMITTED', { systemName: pioneer.systemName, cycleName: DEMO_CYCLE_NAME }),
          pioneer.submittedDaysAgo,
        ]);
      });
    }
  }

  /** Creates the account if its email is new; returns its id either way (never changes an existing password). */
  private async upsertUser(tx: EntityManager, email: string, name: string, passwordHash: string): Promise<string> {
    const [row] = await run(tx, UPSERT_USER, [email, name, passwordHash]);
    return row.id;
  }
}

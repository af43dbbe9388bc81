import { Button } from 'nhsuk-react-components';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ChartDownloads } from '../../../components/ChartFigure';
import { DetailPage, type DetailPageTools } from '../../../components/DetailPage';
import { Loading } from '../../../components/Loading';
import { QueryError } from '../../../components/QueryError';
import { fileSlug } from '../../../lib/csv';
import { formatDate } from '../../../lib/format';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useCohortCycles, useLearningProgramme, type LearningProgramme } from '../api/get-learning-programme';
import { listInWords } from '../../../lib/format';
import { cycleIdFrom, formatFigure, overviewPath } from '../utils/format';
import { CATEGORY_LABEL } from '../utils/labels';
import { recommendationLabel, type PlanShape } from '../utils/plan-form';
import { programmeCsv } from '../utils/programme-csv';
import { CyclePicker } from './CyclePicker';
import { PlanEditor } from './PlanEditor';
import './cohort-programme.css';

interface Names {
  readonly domainTitle: (key: string) => string;
  readonly systemName: (id: string) => string;
}

/**
 * A cohort's learning programme for one cycle: what its assessments suggest (group sessions on domains weak across
 * the cohort, individual coaching on each ICS's weakest domains) and the coach's plan, edited from it and saved. It
 * exports as CSV and prints as a plain document. Coaches and admins edit; national viewers read.
 */
export function LearningProgrammePage({ cohortId, canEdit }: { cohortId: string; canEdit: boolean }) {
  const [params] = useSearchParams();
  const cycles = useCohortCycles(cohortId);
  const cycleId = cycleIdFrom(params) ?? cycles.data?.cycle?.id ?? null;
  return (
    <div className="app-printable">
      <DetailPage
        back={{ to: overviewPath(cohortId, cycleIdFrom(params)), label: 'Back to the cohort view' }}
        query={cycles}
        title={(data) => (data ? `Learning programme: ${data.cohortName}` : 'Learning programme')}
        what="the learning programme"
      >
        {(data, tools) =>
          cycleId === null ? (
            <p>None of this cohort&apos;s ICSs has taken part in an assessment cycle yet, so there is nothing to plan from.</p>
          ) : (
            <>
              <div className="app-no-print">
                <CyclePicker cycles={data.cycles} cycleId={cycleId} />
              </div>
              <ProgrammeLoader key={cycleId} cohortId={cohortId} cycleId={cycleId} canEdit={canEdit} tools={tools} />
            </>
          )
        }
      </DetailPage>
    </div>
  );
}

function ProgrammeLoader({ cohortId, cycleId, canEdit, tools }: { cohortId: string; cycleId: string; canEdit: boolean; tools: DetailPageTools }) {
  const query = useLearningProgramme(cohortId, cycleId);
  const [generation, setGeneration] = useState(0);
  if (query.isPending) return <Loading what="the learning programme" />;
  if (query.isError) {
    if (query.error instanceof GraphQLRequestError && query.error.code === 'NOT_FOUND') {
      return <p>This cohort&apos;s ICSs did not take part in that assessment cycle. Choose another cycle.</p>;
    }
    return <QueryError error={query.error} what="the learning programme" onRetry={() => void query.refetch()} />;
  }
  const programme = query.data.learningProgramme;
  const framework = query.data.canvasFrameworks.find((f) => f.id === programme.cycle.frameworkId) ?? query.data.canvasFrameworks[0];
  const domains = [...(framework?.domains ?? [])].sort((a, b) => a.number - b.number);
  const names: Names = {
    domainTitle: (key) => domains.find((d) => d.key === key)?.title ?? key,
    systemName: (id) => programme.systems.find((s) => s.id === id)?.name ?? 'An ICS no longer in the cohort',
  };
  const csv = () => programmeCsv(programme.plan, { cycleName: programme.cycle.name, ...names });

  return (
    <>
      <p className="app-cohort-overview__cycle" data-testid="programme-cycle">
        {programme.cycle.name}
      </p>
      <p data-testid="saved-by">
        {programme.version !== null && programme.version !== undefined && programme.updatedAt
          ? `Saved by ${programme.updatedByName ?? 'a coach'} on ${formatDate(programme.updatedAt)}.`
          : 'Not saved yet: the plan below starts from what the assessments suggest.'}
      </p>
      <div className="app-programme-actions app-no-print">
        <ChartDownloads name="the learning programme" fileName={fileSlug(programme.cohortName, 'learning-programme', programme.cycle.name)} csv={csv} />
        <Button type="button" secondary small onClick={() => window.print()}>
          Print<span className="nhsuk-u-visually-hidden"> the learning programme</span>
        </Button>
      </div>
      <p className="nhsuk-body-s app-no-print">The download and the printout show the saved programme.</p>
      <ProposalSection programme={programme} names={names} />
      <section aria-labelledby="plan-heading" className="app-cohort-section">
        <h2 id="plan-heading">{canEdit ? 'Your plan' : 'The plan'}</h2>
        {canEdit ? (
          <PlanEditor
            key={`${generation}`}
            programme={programme}
            domains={domains}
            names={names}
            errors={tools.form.errors}
            onProblems={tools.form.show}
            onSaved={tools.changed}
            onReload={() => {
              tools.form.clear();
              void query.refetch().then(() => setGeneration((g) => g + 1));
            }}
          />
        ) : null}
        <div className={canEdit ? 'app-print-only' : undefined}>
          <PlanSummary plan={programme.plan} names={names} />
        </div>
      </section>
    </>
  );
}

function ProposalSection({ programme, names }: { programme: LearningProgramme; names: Names }) {
  const { proposal } = programme;
  return (
    <section aria-labelledby="proposal-heading" className="app-cohort-section app-no-print" data-testid="proposal">
      <h2 id="proposal-heading">What the assessments suggest</h2>
      <p>Worked out afresh from the cohort&apos;s submitted assessments each time the page opens.</p>
      {proposal.unscoredSystemIds.length > 0 ? (
        <p data-testid="unscored">
          {`Nothing to go on yet (not submitted): ${listInWords(proposal.unscoredSystemIds.map(names.systemName))}.`}
        </p>
      ) : null}
      <h3>Group sessions</h3>
      {proposal.groupSessions.length === 0 ? (
        <p>No domain is weak across the cohort yet.</p>
      ) : (
        proposal.groupSessions.map((g) => (
          <div key={g.domainKey} className="app-programme-card" data-testid="proposed-session">
            <h4>{names.domainTitle(g.domainKey)}</h4>
            <p>{`Cohort mean ${formatFigure(g.meanScore)} out of 100, from ${g.scoredMembers} scored ${g.scoredMembers === 1 ? 'ICS' : 'ICSs'}.`}</p>
            <p>
              <strong>Invite (below the mean, weakest first):</strong> {listInWords(g.systemIds.map(names.systemName)) || 'none'}
            </p>
            <TopicsAndRecommendations topics={g.coachingTopics} recommendationIds={g.recommendationIds} />
          </div>
        ))
      )}
      <h3>Individual coaching</h3>
      {proposal.individualCoaching.length === 0 ? (
        <p>No ICS has submitted scores yet.</p>
      ) : (
        proposal.individualCoaching.map((c) => (
          <div key={c.systemId} className="app-programme-card" data-testid="proposed-coaching">
            <h4>{names.systemName(c.systemId)}</h4>
            {c.gaps.length === 0 ? <p>No weak domains stand out.</p> : null}
            {c.gaps.map((gap) => (
              <div key={gap.domainKey}>
                <p>
                  <strong>{names.domainTitle(gap.domainKey)}</strong>
                  {`: ${formatFigure(gap.score)} out of 100`}
                </p>
                <TopicsAndRecommendations topics={gap.coachingTopics} recommendationIds={gap.recommendationIds} />
                {gap.peers.length > 0 ? (
                  <p>
                    Peers to learn from:{' '}
                    {gap.peers.map((p) => `${names.systemName(p.systemId)} (${CATEGORY_LABEL(p.category)}, ${formatFigure(p.score)})`).join('; ')}
                  </p>
                ) : null}
              </div>
            ))}
          </div>
        ))
      )}
    </section>
  );
}

function TopicsAndRecommendations({ topics, recommendationIds }: { topics: readonly string[]; recommendationIds: readonly string[] }) {
  return (
    <>
      {topics.length > 0 ? (
        <>
          <p className="nhsuk-u-margin-bottom-1">Coaching topics:</p>
          <ul>
            {topics.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      ) : null}
      {recommendationIds.length > 0 ? (
        <>
          <p className="nhsuk-u-margin-bottom-1">Recommendations:</p>
          <ul>
            {recommendationIds.map((id) => (
              <li key={id}>{recommendationLabel(id)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The saved plan as a plain document: what national viewers read, and what "Print" prints. */
function PlanSummary({ plan, names }: { plan: PlanShape; names: Names }) {
  return (
    <div data-testid="plan-summary">
      <h3>Group sessions</h3>
      {plan.groupSessions.length === 0 ? <p>No group sessions are planned.</p> : null}
      {plan.groupSessions.map((s, i) => (
        <div key={`${s.domainKey}-${i}`} className="app-print-item">
          <h4>{s.title}</h4>
          <p>{`Domain: ${names.domainTitle(s.domainKey)}`}</p>
          <p>{`ICSs invited: ${listInWords(s.systemIds.map(names.systemName)) || 'none yet'}`}</p>
          {s.notes ? <p className="app-notes">{s.notes}</p> : null}
        </div>
      ))}
      <h3>Individual coaching</h3>
      {plan.individualCoaching.length === 0 ? <p>No individual coaching is planned.</p> : null}
      {plan.individualCoaching.map((c) => (
        <div key={c.systemId} className="app-print-item">
          <h4>{names.systemName(c.systemId)}</h4>
          {c.topics.length > 0 ? (
            <ul>
              {c.topics.map((t, i) => (
                <li key={`${i}-${t}`}>{t}</li>
              ))}
            </ul>
          ) : null}
          {c.recommendationIds.length > 0 ? <p>{`Recommendations: ${c.recommendationIds.map(recommendationLabel).join('; ')}`}</p> : null}
          {c.peerSystemIds.length > 0 ? <p>{`Peers to learn from: ${listInWords(c.peerSystemIds.map(names.systemName))}`}</p> : null}
          {c.notes ? <p className="app-notes">{c.notes}</p> : null}
        </div>
      ))}
    </div>
  );
}

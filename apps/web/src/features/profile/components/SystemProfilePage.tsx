import { ADOPTER_CATEGORY_LABELS } from '@idt/maturity';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ChartFigure } from '../../../components/ChartFigure';
import { DataTable } from '../../../components/DataTable';
import { DetailPage } from '../../../components/DetailPage';
import { IllustrativeCallout } from '../../../components/IllustrativeCallout';
import { chartStamp } from '../../../lib/chart-export';
import { csvNumber, fileSlug, toCsv } from '../../../lib/csv';
import { useSystemProfile, type SystemProfileData } from '../api/get-system-profile';
import { acrossVersionsNotes } from '../utils/across-versions';
import { calibrationBars, calibrationSummary } from '../utils/calibration';
import { comparisonCycleId } from '../utils/cycle-choice';
import { domainTitles, formatDelta, formatFigure, ordinal, titleOf, type DomainTitle } from '../utils/domains';
import { peerSummary, quartileBars } from '../utils/quartile-bars';
import { progressRows, trendSeries, trendSummary } from '../utils/trends';
import { CalibrationChart } from './CalibrationChart';
import { CrosswalkSection } from './CrosswalkSection';
import { PeerBars } from './PeerBars';
import { TrendChart } from './TrendChart';
import './profile.css';

const PLOT_WIDTH = 540;

/**
 * One ICS over time and against its peers (PRODUCT §5 "ICS profile"): domain scores against the median and
 * quartiles, trends across cycles, calibration and peers to learn from. `canOpenProfiles`: whether this person may
 * open other ICSs' profiles (national viewers and admins), so peers are linked. `leadsThisSystem`: the person is one of
 * its leads, so the page may say "your".
 */
export function SystemProfilePage({ systemId, canOpenProfiles, leadsThisSystem = false }: { systemId: string; canOpenProfiles: boolean; leadsThisSystem?: boolean }) {
  const profile = useSystemProfile(systemId);
  return (
    <DetailPage
      back={{ to: '/landscape', label: 'Back to the national landscape' }}
      query={profile}
      title={(data) => data?.systemProfile.system.name ?? 'ICS profile'}
      what="the ICS profile"
    >
      {(data) => <ProfileContent data={data} canOpenProfiles={canOpenProfiles} leadsThisSystem={leadsThisSystem} />}
    </DetailPage>
  );
}

function ProfileContent({ data, canOpenProfiles, leadsThisSystem }: { data: SystemProfileData; canOpenProfiles: boolean; leadsThisSystem: boolean }) {
  const { systemProfile: profile, canvasFrameworks } = data;
  const name = profile.system.name;
  const cycles = profile.cycles;
  const latest = cycles[cycles.length - 1];
  // The cycle compared with peers lives in the address (`?cycle=`), so a view can be linked to and survives a reload.
  const [params, setParams] = useSearchParams();
  const comparedId = comparisonCycleId(cycles, params.get('cycle'));
  const compared = cycles.find((c) => c.cycle.id === comparedId) ?? latest;
  const chooseCycle = (cycleId: string) => {
    const next = new URLSearchParams(params);
    next.set('cycle', cycleId);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const domains = domainTitles(canvasFrameworks, latest?.cycle.frameworkId);

  return (
    <>
      <p className="nhsuk-lede-text">
        {profile.system.region.name} region.{' '}
        {latest ? `Figures from ${cycles.length} assessment ${cycles.length === 1 ? 'cycle' : 'cycles'}.` : null}
      </p>
      <p>
        <Link to={`/systems/${encodeURIComponent(profile.system.id)}/action-plan`} data-testid="action-plan-link">
          {name}&apos;s action plan
        </Link>
        : how it will get from where it is now to where it wants to be.
      </p>
      <p>
        <Link to={`/systems/${encodeURIComponent(profile.system.id)}/sharing`} data-testid="sharing-link">
          Sharing {name}&apos;s name with other ICSs
        </Link>
        : whether other ICSs see its name beside its scores in published landscapes.
      </p>
      {cycles.some((c) => c.cycle.illustrative) ? <IllustrativeCallout /> : null}
      {!latest ? (
        <p>{name} has no submitted or validated assessment yet, so there are no figures to show.</p>
      ) : (
        <>
          <dl className="nhsuk-summary-list" data-testid="profile-summary">
            <SummaryRow label="Latest cycle">
              {latest.cycle.name}{' '}
              {latest.published ? (
                <strong className="nhsuk-tag nhsuk-tag--green">Published</strong>
              ) : (
                <strong className="nhsuk-tag nhsuk-tag--yellow">Provisional</strong>
              )}
            </SummaryRow>
            <SummaryRow label="Overall score">{`${formatFigure(latest.overallScore)} out of 100 (${latest.basis === 'MODERATED' ? 'moderated by a coach' : 'self-assessed'})`}</SummaryRow>
            <SummaryRow label="Adopter category">
              {latest.category ? `${ADOPTER_CATEGORY_LABELS[latest.category]}, by Rogers' proportions` : 'Not placed'}
            </SummaryRow>
          </dl>
          <PeersSection name={name} cycles={cycles} compared={compared} onChooseCycle={chooseCycle} domains={domainTitles(canvasFrameworks, compared.cycle.frameworkId)} />
          <TrendsSection name={name} cycles={cycles} domains={domains} />
          <CrosswalkSection systemId={profile.system.id} name={name} leadsThisSystem={leadsThisSystem} />
          <EvidenceSection name={name} profile={profile} domains={domains} />
          <CalibrationSection name={name} profile={profile} domains={domains} />
          <PeerMatchesSection profile={profile} domains={domains} canOpenProfiles={canOpenProfiles} leadsThisSystem={leadsThisSystem} />
        </>
      )}
    </>
  );
}

/** How much of the latest counted self-assessment has evidence behind it, per domain: counts only, never the text. */
function EvidenceSection({ name, profile, domains }: { name: string; profile: Profile; domains: DomainTitle[] }) {
  if (!profile.evidenceCycleName || profile.evidence.length === 0) return null;
  const criteria = profile.evidence.reduce((n, e) => n + e.criteria, 0);
  const withEvidence = profile.evidence.reduce((n, e) => n + e.withEvidence, 0);
  const withLinks = profile.evidence.reduce((n, e) => n + e.withLinks, 0);
  return (
    <section aria-labelledby="evidence-heading" className="app-profile-section">
      <h2 id="evidence-heading">Evidence</h2>
      <p data-testid="evidence-summary">
        {`${profile.evidenceCycleName}: ${name} gave written evidence for ${withEvidence} of ${criteria} criteria, and links for ${withLinks}.`}
      </p>
      <div className="app-table-scroll" role="region" aria-labelledby="evidence-table-caption" tabIndex={0}>
        <DataTable
          caption={`Evidence per domain, ${profile.evidenceCycleName}`}
          captionId="evidence-table-caption"
          testId="evidence-table"
          rows={profile.evidence}
          rowKey={(e) => e.domainKey}
          columns={[
            { header: 'Domain', rowHeader: true, cell: (e) => titleOf(domains, e.domainKey) },
            { header: 'Criteria', numeric: true, cell: (e) => e.criteria },
            { header: 'With written evidence', numeric: true, cell: (e) => e.withEvidence },
            { header: 'With links', numeric: true, cell: (e) => e.withLinks },
            { header: 'Not assessed', numeric: true, cell: (e) => e.notAssessed },
          ]}
        />
      </div>
    </section>
  );
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

type Profile = SystemProfileData['systemProfile'];
type Cycle = Profile['cycles'][number];

function PeersSection({
  name,
  cycles,
  compared: latest,
  onChooseCycle,
  domains,
}: {
  name: string;
  cycles: readonly Cycle[];
  compared: Cycle;
  onChooseCycle: (cycleId: string) => void;
  domains: DomainTitle[];
}) {
  const [groupKey, setGroupKey] = useState(latest.peers[0]?.groupKey ?? 'NATIONAL');
  const comparison = latest.peers.find((p) => p.groupKey === groupKey) ?? latest.peers[0];
  const cycleSelect = (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor="peer-cycle">
        Assessment cycle
      </label>
      <div className="nhsuk-hint" id="peer-cycle-hint">
        A provisional cycle is not yet published: its peer figures may be withheld.
      </div>
      <select
        className="nhsuk-select"
        id="peer-cycle"
        aria-describedby="peer-cycle-hint"
        value={latest.cycle.id}
        onChange={(event) => onChooseCycle(event.target.value)}
      >
        {[...cycles].reverse().map((c) => (
          <option key={c.cycle.id} value={c.cycle.id}>
            {c.cycle.name}
            {c.published ? '' : ' (provisional)'}
          </option>
        ))}
      </select>
    </div>
  );
  if (!comparison) {
    return (
      <section aria-labelledby="peers-heading" className="app-profile-section">
        <h2 id="peers-heading">Domain scores against peers</h2>
        {cycleSelect}
        <p>There are no peer groups to compare {name} with in {latest.cycle.name}.</p>
      </section>
    );
  }
  const bars = quartileBars(comparison.figures, domains, PLOT_WIDTH);
  const anyWithheld = comparison.figures.some((f) => f.withheld);
  return (
    <section aria-labelledby="peers-heading" className="app-profile-section">
      <h2 id="peers-heading">Domain scores against peers</h2>
      <p>
        {`${latest.cycle.name}: each domain's score (0–100) against the median and quartiles of a group of ICSs, and the percentile rank (the share of the group scoring lower).`}
      </p>
      <div className="app-profile-fields">
        {cycleSelect}
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="peer-group">
            Compare with
          </label>
          <select className="nhsuk-select" id="peer-group" value={comparison.groupKey} onChange={(event) => setGroupKey(event.target.value)}>
            {latest.peers.map((p) => (
              <option key={p.groupKey} value={p.groupKey}>
                {p.groupName}
              </option>
            ))}
          </select>
        </div>
      </div>
      {anyWithheld ? (
        <p className="nhsuk-body-s">
          Withheld: figures for a group of fewer than 5 ICSs, or from a cycle that is not yet published, are not shown, so
          that no single ICS can be picked out.
        </p>
      ) : null}
      <ChartFigure
        name="the domain scores against peers"
        summary={peerSummary(name, comparison.groupName, bars)}
        exported={{
          title: `${name}'s domain scores against ${comparison.groupName}`,
          cycle: `${latest.cycle.name}${latest.published ? '' : ' (provisional)'}`,
          method: 'Scores 0–100 from the self-assessment (or the coach’s moderated levels once validated); the group’s median and quartiles',
          stamp: chartStamp({ illustrative: latest.cycle.illustrative, published: latest.published }),
          legend: [
            { label: `${name}'s score`, colour: '#005eb8' },
            { label: `Middle half of ${comparison.groupName}`, colour: '#aeb7bd' },
            { label: `Median of ${comparison.groupName}`, colour: '#212b32', mark: 'line' },
          ],
        }}
        fileName={fileSlug(name, 'against', comparison.groupName, latest.cycle.name)}
        csv={() =>
          toCsv(
            ['Cycle', 'Group', 'Domain', 'Score', 'Lower quartile', 'Median', 'Upper quartile', 'Percentile rank', 'ICSs in group', 'Withheld'],
            bars.map((b) => [
              latest.cycle.name,
              comparison.groupName,
              b.title,
              csvNumber(b.figure.score),
              csvNumber(b.figure.lowerQuartile),
              csvNumber(b.figure.median),
              csvNumber(b.figure.upperQuartile),
              csvNumber(b.figure.percentileRank, 0),
              b.figure.count,
              b.figure.withheld ? 'yes' : 'no',
            ]),
          )
        }
        table={
          <div className="app-table-scroll" role="region" aria-label={`${name} against ${comparison.groupName}, as a table`} tabIndex={0}>
            <table className="nhsuk-table" data-testid="peer-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{`${name} against ${comparison.groupName}`}</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  {['Domain', 'Score', 'Lower quartile', 'Median', 'Upper quartile', 'Percentile rank'].map((h, i) => (
                    <th key={h} scope="col" className={`nhsuk-table__header${i > 0 ? ' nhsuk-table__header--numeric' : ''}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {bars.map((b) => (
                  <tr key={b.domainKey} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__cell">
                      {b.title}
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatFigure(b.figure.score)}</td>
                    {b.figure.withheld ? (
                      <td className="nhsuk-table__cell" colSpan={4}>
                        Withheld
                      </td>
                    ) : (
                      <>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatFigure(b.figure.lowerQuartile)}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatFigure(b.figure.median)}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatFigure(b.figure.upperQuartile)}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                          {b.figure.percentileRank === null ? '–' : ordinal(b.figure.percentileRank)}
                        </td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      >
        {(svgRef) => <PeerBars bars={bars} name={name} groupName={comparison.groupName} svgRef={svgRef} />}
      </ChartFigure>
    </section>
  );
}

function TrendsSection({ name, cycles, domains }: { name: string; cycles: readonly Cycle[]; domains: DomainTitle[] }) {
  const [key, setKey] = useState('overall');
  const series = trendSeries(cycles, key, domains, name);
  const rows = progressRows(cycles, domains);
  const cycleNames = cycles.map((c) => c.cycle.name);
  const acrossVersions = acrossVersionsNotes(cycles);
  return (
    <section aria-labelledby="trends-heading" className="app-profile-section">
      <h2 id="trends-heading">Trends across cycles</h2>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="trend-domain">
          Score to show
        </label>
        <select className="nhsuk-select" id="trend-domain" value={key} onChange={(event) => setKey(event.target.value)}>
          <option value="overall">Overall score</option>
          {domains.map((d) => (
            <option key={d.key} value={d.key}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {acrossVersions.length > 0 ? (
        <p data-testid="trend-across-versions">
          These cycles did not all use the same version of the canvas. Each score on the chart is the cycle&apos;s own, on
          its version; the changes under &ldquo;Progress between cycles&rdquo; are worked out on the criteria the versions
          share.
        </p>
      ) : null}
      <ChartFigure
        name="the trend chart"
        summary={series.map(trendSummary).join(' ')}
        exported={{
          title: `${name}: ${titleOf(domains, key) === 'Overall' ? 'overall score' : titleOf(domains, key)} across cycles`,
          cycle: cycleNames.length > 1 ? `${cycleNames[0]} to ${cycleNames[cycleNames.length - 1]}` : cycleNames[0],
          method: 'Scores 0–100 from the self-assessment (or the coach’s moderated levels once validated); the national median beside them',
          stamp: chartStamp({ illustrative: cycles.some((c) => c.cycle.illustrative), published: cycles.every((c) => c.published) }),
          legend: [
            { label: series[0]?.label ?? name, colour: '#005eb8', mark: 'line' },
            { label: series[1]?.label ?? 'National median', colour: '#425563', mark: 'line' },
          ],
        }}
        fileName={fileSlug(name, 'trend', titleOf(domains, key))}
        csv={() => toCsv(['Series', 'Cycle', 'Score'], series.flatMap((s) => s.points.map((p) => [s.label, p.cycleName, csvNumber(p.value)])))}
        table={
          <DataTable
            caption="Scores over the cycles"
            testId="trend-table"
            rows={cycleNames}
            rowKey={(cycleName) => cycleName}
            columns={[
              { header: 'Cycle', rowHeader: true, cell: (cycleName) => cycleName },
              ...series.map((s) => ({
                key: s.key,
                header: s.label,
                numeric: true,
                cell: (_: string, i: number) => formatFigure(s.points.find((p) => p.index === i)?.value),
              })),
            ]}
          />
        }
      >
        {(svgRef) => <TrendChart cycleNames={cycleNames} series={series} svgRef={svgRef} />}
      </ChartFigure>

      <h3>Progress between cycles</h3>
      <p>Each domain&apos;s score in each cycle, and in brackets the change since the cycle before (points out of 100).</p>
      {acrossVersions.map((note) => (
        <div key={note.cycleId} className="nhsuk-inset-text" data-testid="progress-across-versions">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>{note.title}</strong> {note.summary}
          </p>
        </div>
      ))}
      <div className="app-table-scroll" role="region" aria-label="Progress between cycles" tabIndex={0}>
        <DataTable
          caption="Scores and changes per domain and cycle"
          testId="progress-table"
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { header: 'Domain', rowHeader: true, cell: (row) => row.title },
            ...cycleNames.map((c, i) => ({
              key: c,
              header: c,
              numeric: true,
              cell: (row: (typeof rows)[number]) => (
                <>
                  {formatFigure(row.scores[i])}
                  {i > 0 ? ` (${formatDelta(row.deltas[i])})` : ''}
                </>
              ),
            })),
          ]}
        />
      </div>
    </section>
  );
}

function CalibrationSection({ name, profile, domains }: { name: string; profile: Profile; domains: DomainTitle[] }) {
  const { bars, extent } = calibrationBars(profile.calibration, domains, 540);
  return (
    <section aria-labelledby="calibration-heading" className="app-profile-section">
      <h2 id="calibration-heading">Calibration</h2>
      <p>
        How far the self-assessment differed from the coach&apos;s moderated levels, criterion by criterion, in maturity
        levels (1 to 5): the self-assessed level minus the moderated level. A positive number means the self-assessment was
        rosier than the coach found; a negative one, harsher.
      </p>
      {bars.length === 0 || !profile.calibrationCycleName ? (
        <p>{calibrationSummary(name, null, [])}</p>
      ) : (
        <ChartFigure
          name="the calibration chart"
          summary={calibrationSummary(name, profile.calibrationCycleName, bars)}
          exported={{
            title: `${name}: self-assessment against the coach’s moderated levels`,
            cycle: profile.calibrationCycleName,
            method: 'Per domain, the mean of the self-assessed level minus the moderated level, in maturity levels (1 to 5)',
            stamp: chartStamp({
              illustrative: profile.cycles.find((c) => c.cycle.name === profile.calibrationCycleName)?.cycle.illustrative ?? false,
              published: true,
            }),
            legend: [
              { label: 'Self-assessment rosier than the coach found', colour: '#7c2855' },
              { label: 'Self-assessment harsher', colour: '#7c2855', mark: 'outline' },
            ],
          }}
          fileName={fileSlug(name, 'calibration', profile.calibrationCycleName)}
          csv={() =>
            toCsv(
              ['Cycle', 'Domain', 'Self minus moderated (levels)', 'Criteria compared'],
              bars.map((b) => [profile.calibrationCycleName, b.title, csvNumber(b.meanGap, 2), b.count]),
            )
          }
          table={
            <DataTable
              caption="Self-assessed level minus moderated level"
              testId="calibration-table"
              rows={bars}
              rowKey={(b) => b.domainKey}
              columns={[
                { header: 'Domain', rowHeader: true, cell: (b) => b.title },
                { header: 'Self minus moderated (levels)', numeric: true, cell: (b) => (b.meanGap === null ? '–' : formatDelta(b.meanGap)) },
                { header: 'Criteria compared', numeric: true, cell: (b) => b.count },
              ]}
            />
          }
        >
          {(svgRef) => <CalibrationChart bars={bars} extent={extent} svgRef={svgRef} />}
        </ChartFigure>
      )}
    </section>
  );
}

function PeerMatchesSection({
  profile,
  domains,
  canOpenProfiles,
  leadsThisSystem,
}: {
  profile: Profile;
  domains: DomainTitle[];
  canOpenProfiles: boolean;
  leadsThisSystem: boolean;
}) {
  const scoreWord = leadsThisSystem ? 'your score' : `${profile.system.name}'s score`;
  const weakDomains = profile.peerMatches.filter((weak) => weak.matches.length > 0);
  return (
    <section aria-labelledby="peer-matches-heading" className="app-profile-section">
      <h2 id="peer-matches-heading">Peers to learn from</h2>
      {weakDomains.length === 0 ? (
        <p>
          There are no suggested peers: they are ICSs further along the curve in the latest published cycle, stronger than{' '}
          {profile.system.name} in its weakest domains, that share their name.
        </p>
      ) : (
        <>
          <p>
            ICSs further along the curve that are strong where {profile.system.name} is weaker, from the latest published
            cycle. Early adopters influence the early majority: ask them how they did it.
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet" data-testid="peer-matches">
            {weakDomains.map((weak) => (
              <li key={weak.domainKey}>
                <strong>{titleOf(domains, weak.domainKey)}</strong> ({scoreWord} {formatFigure(weak.score)}):{' '}
                {weak.matches.map((m, i) => (
                  <span key={m.systemId}>
                    {i > 0 ? ', ' : ''}
                    {canOpenProfiles ? <Link to={`/systems/${encodeURIComponent(m.systemId)}/profile`}>{m.name}</Link> : m.name} (
                    {ADOPTER_CATEGORY_LABELS[m.category]}, {formatFigure(m.score)})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

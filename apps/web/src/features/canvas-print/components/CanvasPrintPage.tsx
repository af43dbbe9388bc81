import { sourcesByDocument } from '@idt/domain';
import { Button } from 'nhsuk-react-components';
import { DataTable } from '../../../components/DataTable';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SourcesDetails } from '../../../components/SourcesDetails';
import { explainDomains } from '../../../lib/canvas-words';
import { usePrintableCanvas, type PrintableFramework } from '../api/get-printable-canvas';
import { newestPublished } from '../utils/newest-published';
import './canvas-print.css';

const QUICK_CHECK_CHOICES = ['Agree', 'Partially agree', 'Disagree'] as const;

/**
 * The whole published canvas as a paper form, for the assisted route (an ICS that completes it on paper with its
 * coach, who then records it): every domain and criterion with its guidance, evidence prompts and the five level
 * descriptors each beside an empty box, room for evidence, a target level and date, and the quick check. "Print this
 * form" prints it without the page's header and navigation, a domain to a page, black on white.
 */
export function CanvasPrintPage() {
  const query = usePrintableCanvas();
  const framework = query.data ? newestPublished(query.data) : null;
  return (
    <div className="app-canvas-print">
      <PageHeading caption={framework ? `${framework.title}, version ${framework.version}` : undefined}>The canvas as a paper form</PageHeading>
      {query.isPending ? (
        <Loading what="the canvas" />
      ) : query.isError ? (
        <QueryError error={query.error} what="the canvas" onRetry={() => void query.refetch()} />
      ) : !framework ? (
        <p>No version of the canvas is published yet.</p>
      ) : (
        <PaperForm framework={framework} />
      )}
    </div>
  );
}

/** The page's own words before the canvas, so the canvas explains only what they have not. */
const LEAD = 'Print this form to complete the self-assessment on paper, for example in a workshop.';

/** The paper form itself; also the preview of a canvas version before it is published (features/canvas-versions). */
export function PaperForm({ framework }: { framework: PrintableFramework }) {
  const domains = explainDomains(
    [...framework.domains].sort((a, b) => a.number - b.number),
    [LEAD, ...framework.scale.map((s) => s.meaning)],
  );
  return (
    <>
      <div className="app-no-print">
        <p className="nhsuk-lede-text">
          {LEAD} A coach can then record the answers in IDT Canvas (the inclusive digital transformation canvas) on
          behalf of the integrated care system (ICS).
        </p>
        <Button type="button" onClick={() => window.print()}>
          Print this form
        </Button>
      </div>
      <dl className="app-paper-fields">
        {['Integrated Care System', 'Completed by', 'Date'].map((field) => (
          <div key={field} className="app-paper-fields__row">
            <dt>{field}</dt>
            <dd className="app-write-line">
              <span className="nhsuk-u-visually-hidden">(space to write)</span>
            </dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="scale-heading" className="app-paper-section">
        <h2 id="scale-heading">The maturity scale</h2>
        <p>For each criterion, tick the one level that describes where you are now, and write down what shows it.</p>
        <DataTable
          caption="The five levels of the maturity scale"
          testId="maturity-scale"
          rows={framework.scale}
          rowKey={(s) => String(s.level)}
          columns={[
            { header: 'Level', rowHeader: true, cell: (s) => `${s.level} – ${s.label}` },
            { header: 'What it means', cell: (s) => s.meaning },
          ]}
        />
      </section>
      {domains.map((domain) => (
        <section key={domain.key} aria-labelledby={`domain-${domain.key}`} className="app-paper-domain" data-testid="paper-domain">
          <h2 id={`domain-${domain.key}`}>
            <span className="nhsuk-caption-m">{`Domain ${domain.number} of ${domains.length}`}</span>
            {domain.title}
          </h2>
          <p>{domain.summary}</p>
          <SourcesDetails sources={domain.sources} open />
          {domain.criteria.map((criterion, index) => {
            const number = `${domain.number}.${index + 1}`;
            return (
              <div key={criterion.key} className="app-paper-criterion" data-testid="paper-criterion">
                <h3>{`${number} ${criterion.statement}`}</h3>
                <p className="app-paper-guidance">{criterion.guidance}</p>
                <p className="nhsuk-body-s app-paper-sources" data-testid="criterion-sources">
                  <strong>Where this comes from:</strong>{' '}
                  {sourcesByDocument(criterion.sources)
                    .map((d) => `${d.title}: ${d.places.join('; ')}`)
                    .join('. ')}
                  .
                </p>
                {criterion.evidencePrompts.length > 0 ? (
                  <>
                    <p className="nhsuk-u-margin-bottom-1">Evidence you might have:</p>
                    <ul>
                      {criterion.evidencePrompts.map((prompt) => (
                        <li key={prompt}>{prompt}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>Where are we now?</strong> Tick one.
                </p>
                <ul className="app-tick-list">
                  {[...criterion.levels]
                    .sort((a, b) => a.level - b.level)
                    .map((level) => (
                      <li key={level.level}>
                        <span className="app-tick-box" aria-hidden="true" />
                        <span className="nhsuk-u-visually-hidden">Tick box: </span>
                        <strong>{`${level.level} – ${level.label}`}</strong>: {level.descriptor}
                      </li>
                    ))}
                  <li>
                    <span className="app-tick-box" aria-hidden="true" />
                    <span className="nhsuk-u-visually-hidden">Tick box: </span>
                    <strong>Not assessed</strong>
                  </li>
                </ul>
                <p className="nhsuk-u-margin-bottom-1">
                  <strong>Evidence</strong> (what shows it):
                </p>
                <div className="app-write-lines" aria-hidden="true" />
                <p className="app-paper-target">
                  <strong>Where we want to be:</strong> level <span className="app-write-blank" aria-hidden="true" />
                  <span className="nhsuk-u-visually-hidden">(space to write)</span> by (date){' '}
                  <span className="app-write-blank app-write-blank--long" aria-hidden="true" />
                  <span className="nhsuk-u-visually-hidden">(space to write)</span>
                </p>
              </div>
            );
          })}
          {domain.quickCheck.length > 0 ? (
            <div className="app-paper-criterion">
              <h3>{`Quick check: ${domain.title}`}</h3>
              <table className="nhsuk-table app-quick-check" data-testid="paper-quick-check">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{`Quick check statements for ${domain.title}: tick one box for each`}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      Statement
                    </th>
                    {QUICK_CHECK_CHOICES.map((choice) => (
                      <th key={choice} scope="col" className="nhsuk-table__header app-quick-check__choice">
                        {choice}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {domain.quickCheck.map((question) => (
                    <tr key={question.key} className="nhsuk-table__row">
                      <th scope="row" className="nhsuk-table__cell app-quick-check__statement">
                        {question.statement}
                      </th>
                      {QUICK_CHECK_CHOICES.map((choice) => (
                        <td key={choice} className="nhsuk-table__cell app-quick-check__choice">
                          <span className="app-tick-box" aria-hidden="true" />
                          <span className="nhsuk-u-visually-hidden">{`Tick box: ${choice}`}</span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}
    </>
  );
}

import { DOMAIN_STATUS_LABELS, type DomainProgress } from '@idt/domain';
import { Tag } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DOMAIN_STATUS_TAG } from '../utils/describe';
import { taskListRows, type TaskDomain } from '../utils/task-list';
import type { AssessmentVoice } from '../utils/voice';

/**
 * The NHS.UK task list of the canvas's domains, each with how far it is answered, then "Check and submit". What the
 * ICS lead sees on their assessment, and what the admin sees previewing a canvas version: the same component.
 */
export function DomainTaskList({
  domains,
  progress,
  domainHref,
  checkHref,
  checkNote,
  voice,
}: {
  domains: readonly TaskDomain[];
  progress: readonly Pick<DomainProgress, 'domainKey' | 'answered' | 'total' | 'status'>[];
  domainHref: (domainKey: string) => string;
  /** Where "Check your answers" is, once every domain is complete; null where it cannot be opened (a preview). */
  checkHref: string | null;
  /** Said under "Check your answers" (a preview says why it cannot be opened). */
  checkNote?: ReactNode;
  voice: AssessmentVoice;
}) {
  const rows = taskListRows(domains, progress, domainHref, checkHref);
  const check = rows.checkHref;

  return (
    <>
      <h2 id="domains-heading">Canvas domains</h2>
      <p className="app-reading-width">
        Complete each domain. {voice.onBehalf ? 'Answers' : 'Your answers'} are saved as you go, so you can leave and come
        back at any time.
      </p>
      <ul className="nhsuk-task-list" aria-labelledby="domains-heading" data-testid="task-list">
        {rows.tasks.map((task) => {
          const tag = DOMAIN_STATUS_TAG[task.status];
          const hintId = `task-${task.key}-hint`;
          const statusId = `task-${task.key}-status`;
          return (
            <li key={task.key} className="nhsuk-task-list__item nhsuk-task-list__item--with-link" data-testid="task">
              <div className="nhsuk-task-list__name-and-hint">
                <Link className="nhsuk-link nhsuk-task-list__link" to={task.href} aria-describedby={`${hintId} ${statusId}`}>
                  {task.label}
                </Link>
                <div className="nhsuk-task-list__hint" id={hintId}>
                  {task.hint}
                </div>
              </div>
              <div className="nhsuk-task-list__status" id={statusId}>
                {tag ? (
                  <Tag modifier={tag}>{DOMAIN_STATUS_LABELS[task.status]}</Tag>
                ) : (
                  <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal">
                    {DOMAIN_STATUS_LABELS[task.status]}
                  </strong>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <h2 id="submit-heading">Check and submit</h2>
      <ul className="nhsuk-task-list" aria-labelledby="submit-heading">
        <li className={check ? 'nhsuk-task-list__item nhsuk-task-list__item--with-link' : 'nhsuk-task-list__item'} data-testid="check-task">
          <div className="nhsuk-task-list__name-and-hint">
            {check ? (
              <Link className="nhsuk-link nhsuk-task-list__link" to={check} aria-describedby="task-check-status">
                {voice.checkTask}
              </Link>
            ) : (
              <div>{voice.checkTask}</div>
            )}
            {checkNote ? (
              <div className="nhsuk-task-list__hint">{checkNote}</div>
            ) : check ? null : (
              <div className="nhsuk-task-list__hint" data-testid="check-task-hint">
                You can check the answers and submit once every domain above is completed.
              </div>
            )}
          </div>
          <div className="nhsuk-task-list__status" id="task-check-status">
            {check ? (
              <Tag modifier="white">Not started</Tag>
            ) : (
              <strong className="nhsuk-tag nhsuk-tag--no-colour nhsuk-tag--no-border nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">
                Cannot start yet
              </strong>
            )}
          </div>
        </li>
      </ul>
    </>
  );
}

import { ROLE_LABELS, type Role } from '@idt/domain';
import type { ReactNode } from 'react';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { listInWords } from '../../../lib/format';
import { useHome } from '../api/get-home';
import { AdminSection } from './AdminSection';
import { CoachSection } from './CoachSection';
import { LeadSection } from './LeadSection';
import { NationalSection } from './NationalSection';
import './home.css';

const HEADING = 'What to do next';

/**
 * The home page of someone signed in: "what do I need to do now?", a section for each role they hold, in the order
 * of the work (their own ICS first, then the cohorts they coach, the national picture, and what to set up).
 */
export function RoleHome({
  name,
  roles,
  first = null,
}: {
  name: string;
  roles: readonly Role[];
  /** Shown before the role sections: what other features ask of this person now (e.g. figures to check). */
  first?: ReactNode;
}) {
  const home = useHome();
  if (roles.length === 0) {
    return (
      <>
        <PageHeading>{HEADING}</PageHeading>
        <p>
          You are signed in as {name}, but you do not have a role yet. Ask an IDT Canvas admin to give you one: ICS lead,
          programme coach, national viewer or admin.
        </p>
      </>
    );
  }
  const roleWords = roles.map((r) => ROLE_LABELS[r].toLowerCase().replace('ics', 'ICS'));
  return (
    <>
      <PageHeading>{HEADING}</PageHeading>
      <p className="nhsuk-lede-text" data-testid="home-roles">
        {roles.length === 1
          ? `You are signed in as ${name}, ${withArticle(roleWords[0])}.`
          : `You are signed in as ${name}, with ${roles.length} roles: ${listInWords(roleWords)}. Each has a section below.`}
      </p>
      {home.isPending ? <Loading what="what you need to do" /> : null}
      {home.isError ? <QueryError error={home.error} what="what you need to do" onRetry={() => void home.refetch()} /> : null}
      {home.data ? (
        <div className="app-home">
          {first}
          {home.data.leads.map((lead) => (
            <LeadSection key={lead.systemId} lead={lead} />
          ))}
          {home.data.coach ? <CoachSection coach={home.data.coach} /> : null}
          {home.data.national ? <NationalSection national={home.data.national} /> : null}
          {home.data.admin ? <AdminSection admin={home.data.admin} /> : null}
        </div>
      ) : null}
    </>
  );
}

const withArticle = (word: string) => `${/^[aeiouAEIOU]/.test(word) ? 'an' : 'a'} ${word}`;


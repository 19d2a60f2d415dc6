import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { MyWork } from '../contract/cases.ts';
import type { AppPath } from '../router.ts';
import { areasFor } from '../session.ts';
import { Link } from './Link.tsx';
import { useLoaded } from './useLoaded.ts';

interface Waiting {
  key:
    | 'myOverdue'
    | 'myDueSoon'
    | 'referrals'
    | 'unassigned'
    | 'drafts'
    | 'newReferrals'
    | 'pendingIdentification'
    | 'overdue'
    | 'duplicates';
  number: number;
  /** A screen, or a part of "My work" ("#work-deadlines"). */
  to: AppPath | `#${string}`;
}

type WorkCounts = MyWork['counts'];

const ANSWERS_REFERRALS = new Set(['case_worker', 'organisation_manager', 'return_officer']);

/** What waits for this role, counted; a count that cannot be read is left out, not guessed. */
async function waitingFor(role: string, work: WorkCounts | undefined): Promise<Waiting[]> {
  const [inbox, drafts, desk] = await Promise.all([
    ANSWERS_REFERRALS.has(role) ? api.referralInbox().catch(() => null) : null,
    areasFor(role).includes('intake') ? api.intakeDrafts().catch(() => null) : null,
    role === 'national_coordinator' ? api.desk().catch(() => null) : null,
  ]);
  const waiting: Waiting[] = [];
  if (work) {
    waiting.push(
      { key: 'myOverdue', number: work.overdue, to: '#work-deadlines' },
      { key: 'myDueSoon', number: work.dueSoon, to: '#work-deadlines' },
    );
  }
  if (inbox) {
    waiting.push({ key: 'referrals', number: inbox.items.length, to: work ? '#work-referrals' : '/cases' });
  }
  if (work) waiting.push({ key: 'unassigned', number: work.unassigned, to: '#work-unassigned' });
  if (drafts) waiting.push({ key: 'drafts', number: drafts.items.length, to: '/intake' });
  if (desk) {
    waiting.push(
      { key: 'newReferrals', number: desk.newReferrals.length, to: '/desk' },
      { key: 'pendingIdentification', number: desk.pendingIdentification.length, to: '/desk' },
      { key: 'overdue', number: desk.deadlines.filter((d) => d.overdue).length, to: '/desk' },
      { key: 'duplicates', number: desk.duplicates.length, to: '/desk' },
    );
  }
  return waiting.filter((w) => w.number > 0);
}

/**
 * The home page's inbox: what waits for this member of staff, each with the way to it. On "My work"
 * it counts their deadlines and the cases nobody has taken too.
 */
export function HomeInbox({ role, work }: { role: string; work?: WorkCounts | undefined }) {
  const { t } = useTranslation();
  const load = useCallback(() => waitingFor(role, work), [role, work]);
  const { data, error } = useLoaded(load);
  if (data === null && !error) return <p className="loading">{t('common.loading')}</p>;
  if (!data || data.length === 0) {
    return (
      <p className="empty-state" data-testid="inbox-empty">
        {t('home.inboxEmpty')}
      </p>
    );
  }
  return (
    <ul className="plain-list divided-list" data-testid="home-waiting">
      {data.map((item) => (
        <li key={item.key}>
          {item.to.startsWith('#') ? (
            <a href={item.to}>{t(`home.waiting.${item.key}`, { number: item.number })}</a>
          ) : (
            <Link to={item.to as AppPath}>{t(`home.waiting.${item.key}`, { number: item.number })}</Link>
          )}
        </li>
      ))}
    </ul>
  );
}

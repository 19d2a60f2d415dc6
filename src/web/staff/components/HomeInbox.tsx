import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { AppPath } from '../router.ts';
import { areasFor } from '../session.ts';
import { Link } from './Link.tsx';
import { useLoaded } from './useLoaded.ts';

interface Waiting {
  key: 'referrals' | 'drafts' | 'newReferrals' | 'pendingIdentification' | 'overdue' | 'duplicates';
  number: number;
  to: AppPath;
}

const ANSWERS_REFERRALS = new Set(['case_worker', 'organisation_manager', 'return_officer']);

/** What waits for this role, counted; a count that cannot be read is left out, not guessed. */
async function waitingFor(role: string): Promise<Waiting[]> {
  const [inbox, drafts, desk] = await Promise.all([
    ANSWERS_REFERRALS.has(role) ? api.referralInbox().catch(() => null) : null,
    areasFor(role).includes('intake') ? api.intakeDrafts().catch(() => null) : null,
    role === 'national_coordinator' ? api.desk().catch(() => null) : null,
  ]);
  const waiting: Waiting[] = [];
  if (inbox) waiting.push({ key: 'referrals', number: inbox.items.length, to: '/cases' });
  if (drafts) waiting.push({ key: 'drafts', number: drafts.items.length, to: '/intake' });
  if (desk) {
    waiting.push(
      { key: 'newReferrals', number: desk.newReferrals.length, to: '/desk' },
      { key: 'pendingIdentification', number: desk.pendingIdentification.length, to: '/desk' },
      { key: 'overdue', number: desk.deadlines.filter((c) => c.nextDeadline?.overdue).length, to: '/desk' },
      { key: 'duplicates', number: desk.duplicates.length, to: '/desk' },
    );
  }
  return waiting.filter((w) => w.number > 0);
}

/** The home page's inbox: what waits for this member of staff, each with the way to it. */
export function HomeInbox({ role }: { role: string }) {
  const { t } = useTranslation();
  const load = useCallback(() => waitingFor(role), [role]);
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
          <Link to={item.to}>{t(`home.waiting.${item.key}`, { number: item.number })}</Link>
        </li>
      ))}
    </ul>
  );
}

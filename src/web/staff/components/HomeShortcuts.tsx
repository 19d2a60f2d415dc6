import { useTranslation } from 'react-i18next';
import type { AppPath } from '../router.ts';
import { areasFor } from '../session.ts';
import { Link } from './Link.tsx';

interface Shortcut {
  to: AppPath;
  title: string;
  body: string;
  testId: string;
}

/** The ways to what this role does most, each with a line on what is there. */
export function HomeShortcuts({ role }: { role: string | undefined }) {
  const { t } = useTranslation();

  // The case work of the role comes first; where to refer someone is what everyone else needs most.
  const shortcuts: Shortcut[] = areasFor(role)
    .filter((area) =>
      [
        'intake',
        'desk',
        'caseload',
        'cases',
        'police',
        'claims',
        'statistics',
        'funding',
        'plan',
        'trainings',
      ].includes(area),
    )
    .map((area) => ({
      to: `/${area}`,
      title: t(`home.shortcuts.${area}`),
      body: t(`home.shortcuts.${area}Body`),
      testId: `shortcut-${area}`,
    }));
  shortcuts.push({
    to: '/directory',
    title: t('home.shortcuts.directory'),
    body: t('home.shortcuts.directoryBody'),
    testId: 'shortcut-directory',
  });
  if (role === 'administrator') {
    shortcuts.push({
      to: '/users',
      title: t('home.shortcuts.users'),
      body: t('home.shortcuts.usersBody'),
      testId: 'shortcut-users',
    });
    shortcuts.push({
      to: '/organisations',
      title: t('home.shortcuts.organisations'),
      body: t('home.shortcuts.organisationsBody'),
      testId: 'shortcut-organisations',
    });
    shortcuts.push({
      to: '/mail',
      title: t('home.shortcuts.mail'),
      body: t('home.shortcuts.mailBody'),
      testId: 'shortcut-mail',
    });
  }
  if (role === 'organisation_manager') {
    shortcuts.push({
      to: '/users',
      title: t('home.shortcuts.myOrganisationUsers'),
      body: t('home.shortcuts.myOrganisationUsersBody'),
      testId: 'shortcut-users',
    });
  }
  if (role === 'return_officer') {
    shortcuts.push({
      to: '/consultations',
      title: t('home.shortcuts.consultations'),
      body: t('home.shortcuts.consultationsBody'),
      testId: 'shortcut-consultations',
    });
  }
  if (role === 'data_protection_officer') {
    shortcuts.push({
      to: '/requests',
      title: t('home.shortcuts.requests'),
      body: t('home.shortcuts.requestsBody'),
      testId: 'shortcut-requests',
    });
    shortcuts.push({
      to: '/subjects',
      title: t('home.shortcuts.subjects'),
      body: t('home.shortcuts.subjectsBody'),
      testId: 'shortcut-subjects',
    });
  }
  if (role === 'auditor' || role === 'data_protection_officer') {
    shortcuts.push({
      to: '/audit',
      title: t('home.shortcuts.audit'),
      body: t('home.shortcuts.auditBody'),
      testId: 'shortcut-audit',
    });
  }
  if (role === 'auditor' || role === 'data_protection_officer' || role === 'organisation_manager') {
    shortcuts.push({
      to: '/access-review',
      title: t('home.shortcuts.accessReview'),
      body: t(
        role === 'organisation_manager'
          ? 'home.shortcuts.accessReviewOwnBody'
          : 'home.shortcuts.accessReviewBody',
      ),
      testId: 'shortcut-access-review',
    });
  }
  shortcuts.push({
    to: '/account',
    title: t('home.shortcuts.account'),
    body: t('home.shortcuts.accountBody'),
    testId: 'shortcut-account',
  });

  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('home.shortcutsTitle')}</h2>
      <ul className="card-grid">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.to} className="card" data-testid={shortcut.testId}>
            <Link to={shortcut.to} className="card-link">
              {shortcut.title}
            </Link>
            <p className="muted">{shortcut.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

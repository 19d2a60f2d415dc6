import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Header, SkipLink } from './components/Header.tsx';
import type { SessionView } from './contract/access.ts';
import { pathId, usePath } from './router.ts';
import { AccessReview } from './screens/AccessReview.tsx';
import { Account } from './screens/Account.tsx';
import { Alerts } from './screens/Alerts.tsx';
import { Audit } from './screens/Audit.tsx';
import { Case } from './screens/Case.tsx';
import { Caseload } from './screens/Caseload.tsx';
import { Cases } from './screens/Cases.tsx';
import { ChooseMembership } from './screens/ChooseMembership.tsx';
import { Claim } from './screens/Claim.tsx';
import { Claims } from './screens/Claims.tsx';
import { Consultations } from './screens/Consultations.tsx';
import { DataSubjects } from './screens/DataSubjects.tsx';
import { Desk } from './screens/Desk.tsx';
import { Directory } from './screens/Directory.tsx';
import { ForgotPassword } from './screens/ForgotPassword.tsx';
import { Home } from './screens/Home.tsx';
import { Intake } from './screens/Intake.tsx';
import { Loading } from './screens/Loading.tsx';
import { Login } from './screens/Login.tsx';
import { Mail } from './screens/Mail.tsx';
import { MyWork } from './screens/MyWork.tsx';
import { NotAvailable } from './screens/NotAvailable.tsx';
import { Organisations } from './screens/Organisations.tsx';
import { Police } from './screens/Police.tsx';
import { PoliceCase } from './screens/PoliceCase.tsx';
import { Referral } from './screens/Referral.tsx';
import { Requests } from './screens/Requests.tsx';
import { ResetPassword } from './screens/ResetPassword.tsx';
import { TotpEnrolment } from './screens/TotpEnrolment.tsx';
import { TotpEntry } from './screens/TotpEntry.tsx';
import { Users } from './screens/Users.tsx';
import {
  type Area,
  activeMembership,
  areasFor,
  SessionContext,
  useSession,
  useSessionState,
} from './session.ts';

// Figures and charts load when first opened, so the charting library never weighs on the first load.
const Statistics = lazy(() => import('./screens/Statistics.tsx').then((m) => ({ default: m.Statistics })));
const Funding = lazy(() => import('./screens/Funding.tsx').then((m) => ({ default: m.Funding })));
const Trainings = lazy(() => import('./screens/Trainings.tsx').then((m) => ({ default: m.Trainings })));
const ActionPlan = lazy(() => import('./screens/ActionPlan.tsx').then((m) => ({ default: m.ActionPlan })));
const Measure = lazy(() => import('./screens/Measure.tsx').then((m) => ({ default: m.Measure })));

export function App() {
  const controls = useSessionState();
  return (
    <SessionContext.Provider value={controls}>
      <SkipLink />
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Screen />
      </main>
      <Footer />
    </SessionContext.Provider>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <p>
        <a href="/statistics/">{t('app.publicStatistics')}</a>
      </p>
    </footer>
  );
}

function Screen() {
  const { state } = useSession();
  const path = usePath();
  if (state.status === 'loading') return <Loading />;
  // The e-mailed link sets a new password whoever is logged in here: doing so ends every session.
  if (path === '/reset-password') return <ResetPassword />;
  if (state.status === 'anonymous') {
    // Asking for that link is the only other screen before logging in.
    if (path === '/forgot-password') return <ForgotPassword />;
    return <Login notice={state.notice} />;
  }
  const session = state.session;
  switch (session.stage) {
    case 'totp_required':
      return <TotpEntry />;
    case 'totp_enrolment_required':
      return <TotpEnrolment />;
    case 'membership_required':
      return <ChooseMembership />;
    case 'active':
      return <ActiveScreen session={session} path={path} />;
  }
}

function ActiveScreen({ session, path }: { session: SessionView; path: string }) {
  const areas = areasFor(activeMembership(session)?.role);
  const allowed = (area: Area) => areas.includes(area);
  const caseId = pathId(path, '/cases');
  if (caseId !== null)
    return allowed('cases') ? <Case key={caseId} caseId={caseId} /> : <NotAvailable reason="forbidden" />;
  const measureId = pathId(path, '/plan');
  if (measureId !== null)
    return allowed('plan') ? (
      <Suspense fallback={<Loading />}>
        <Measure key={measureId} measureId={measureId} />
      </Suspense>
    ) : (
      <NotAvailable reason="forbidden" />
    );
  const policeCaseId = pathId(path, '/police');
  if (policeCaseId !== null)
    return allowed('police') ? (
      <PoliceCase key={policeCaseId} caseId={policeCaseId} />
    ) : (
      <NotAvailable reason="forbidden" />
    );
  const claimId = pathId(path, '/claims');
  if (claimId !== null)
    return allowed('claims') ? <Claim key={claimId} caseId={claimId} /> : <NotAvailable reason="forbidden" />;
  const referralId = pathId(path, '/referrals');
  if (referralId !== null) return <Referral key={referralId} referralId={referralId} />;
  const draftId = pathId(path, '/intake');
  if (draftId !== null)
    return allowed('intake') ? <Intake draftId={draftId} /> : <NotAvailable reason="forbidden" />;
  switch (path) {
    case '/':
      return allowed('work') ? <MyWork /> : <Home />;
    case '/work':
      return allowed('work') ? <MyWork /> : <NotAvailable reason="forbidden" />;
    case '/caseload':
      return allowed('caseload') ? <Caseload /> : <NotAvailable reason="forbidden" />;
    case '/alerts':
      return <Alerts />;
    case '/mail':
      return allowed('mail') ? <Mail /> : <NotAvailable reason="forbidden" />;
    case '/requests':
      return allowed('requests') ? <Requests /> : <NotAvailable reason="forbidden" />;
    // Logged in already: asking for a new password leads home (the password changes in "My account").
    case '/forgot-password':
      return allowed('work') ? <MyWork /> : <Home />;
    case '/account':
      return <Account />;
    case '/directory':
      return <Directory />;
    case '/users':
      return allowed('users') ? <Users /> : <NotAvailable reason="forbidden" />;
    case '/organisations':
      return allowed('organisations') ? <Organisations /> : <NotAvailable reason="forbidden" />;
    case '/intake':
      return allowed('intake') ? <Intake draftId={null} /> : <NotAvailable reason="forbidden" />;
    case '/desk':
      return allowed('desk') ? <Desk /> : <NotAvailable reason="forbidden" />;
    case '/cases':
      return allowed('cases') ? <Cases /> : <NotAvailable reason="forbidden" />;
    case '/audit':
      return allowed('audit') ? <Audit /> : <NotAvailable reason="forbidden" />;
    case '/access-review':
      return allowed('access-review') ? <AccessReview /> : <NotAvailable reason="forbidden" />;
    case '/consultations':
      return allowed('consultations') ? <Consultations /> : <NotAvailable reason="forbidden" />;
    case '/police':
      return allowed('police') ? <Police /> : <NotAvailable reason="forbidden" />;
    case '/claims':
      return allowed('claims') ? <Claims /> : <NotAvailable reason="forbidden" />;
    case '/subjects':
      return allowed('subjects') ? <DataSubjects /> : <NotAvailable reason="forbidden" />;
    case '/statistics':
    case '/funding':
      return allowed(path.slice(1) as Area) ? (
        <Suspense fallback={<Loading />}>{path === '/statistics' ? <Statistics /> : <Funding />}</Suspense>
      ) : (
        <NotAvailable reason="forbidden" />
      );
    case '/trainings':
      return allowed('trainings') ? (
        <Suspense fallback={<Loading />}>
          <Trainings />
        </Suspense>
      ) : (
        <NotAvailable reason="forbidden" />
      );
    case '/plan':
      return allowed('plan') ? (
        <Suspense fallback={<Loading />}>
          <ActionPlan />
        </Suspense>
      ) : (
        <NotAvailable reason="forbidden" />
      );
    default:
      return <NotAvailable reason="not_found" />;
  }
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Header, SkipLink } from './components/Header.tsx';
import type { SessionView } from './contract/access.ts';
import { pathId, usePath } from './router.ts';
import { Loading } from './screens/Loading.tsx';
import { Login } from './screens/Login.tsx';
import { NotAvailable } from './screens/NotAvailable.tsx';
import {
  type Area,
  activeMembership,
  areasFor,
  SessionContext,
  useSession,
  useSessionState,
} from './session.ts';

// Every screen but the login loads its code when first shown: the login page carries none of the
// others, and figures, charts, funding and PDF code load only where they are used.
const AccessReview = lazy(() =>
  import('./screens/AccessReview.tsx').then((m) => ({ default: m.AccessReview })),
);
const Account = lazy(() => import('./screens/Account.tsx').then((m) => ({ default: m.Account })));
const ActionPlan = lazy(() => import('./screens/ActionPlan.tsx').then((m) => ({ default: m.ActionPlan })));
const Alerts = lazy(() => import('./screens/Alerts.tsx').then((m) => ({ default: m.Alerts })));
const Audit = lazy(() => import('./screens/Audit.tsx').then((m) => ({ default: m.Audit })));
const Case = lazy(() => import('./screens/Case.tsx').then((m) => ({ default: m.Case })));
const Caseload = lazy(() => import('./screens/Caseload.tsx').then((m) => ({ default: m.Caseload })));
const Cases = lazy(() => import('./screens/Cases.tsx').then((m) => ({ default: m.Cases })));
const ChooseMembership = lazy(() =>
  import('./screens/ChooseMembership.tsx').then((m) => ({ default: m.ChooseMembership })),
);
const Claim = lazy(() => import('./screens/Claim.tsx').then((m) => ({ default: m.Claim })));
const Claims = lazy(() => import('./screens/Claims.tsx').then((m) => ({ default: m.Claims })));
const Consultations = lazy(() =>
  import('./screens/Consultations.tsx').then((m) => ({ default: m.Consultations })),
);
const DataSubjects = lazy(() =>
  import('./screens/DataSubjects.tsx').then((m) => ({ default: m.DataSubjects })),
);
const Desk = lazy(() => import('./screens/Desk.tsx').then((m) => ({ default: m.Desk })));
const Directory = lazy(() => import('./screens/Directory.tsx').then((m) => ({ default: m.Directory })));
const ForgotPassword = lazy(() =>
  import('./screens/ForgotPassword.tsx').then((m) => ({ default: m.ForgotPassword })),
);
const Funding = lazy(() => import('./screens/Funding.tsx').then((m) => ({ default: m.Funding })));
const Home = lazy(() => import('./screens/Home.tsx').then((m) => ({ default: m.Home })));
const Intake = lazy(() => import('./screens/Intake.tsx').then((m) => ({ default: m.Intake })));
const Mail = lazy(() => import('./screens/Mail.tsx').then((m) => ({ default: m.Mail })));
const Measure = lazy(() => import('./screens/Measure.tsx').then((m) => ({ default: m.Measure })));
const MyWork = lazy(() => import('./screens/MyWork.tsx').then((m) => ({ default: m.MyWork })));
const Organisations = lazy(() =>
  import('./screens/Organisations.tsx').then((m) => ({ default: m.Organisations })),
);
const Police = lazy(() => import('./screens/Police.tsx').then((m) => ({ default: m.Police })));
const PoliceCase = lazy(() => import('./screens/PoliceCase.tsx').then((m) => ({ default: m.PoliceCase })));
const Referral = lazy(() => import('./screens/Referral.tsx').then((m) => ({ default: m.Referral })));
const Requests = lazy(() => import('./screens/Requests.tsx').then((m) => ({ default: m.Requests })));
const ResetPassword = lazy(() =>
  import('./screens/ResetPassword.tsx').then((m) => ({ default: m.ResetPassword })),
);
const Statistics = lazy(() => import('./screens/Statistics.tsx').then((m) => ({ default: m.Statistics })));
const TotpEnrolment = lazy(() =>
  import('./screens/TotpEnrolment.tsx').then((m) => ({ default: m.TotpEnrolment })),
);
const TotpEntry = lazy(() => import('./screens/TotpEntry.tsx').then((m) => ({ default: m.TotpEntry })));
const Trainings = lazy(() => import('./screens/Trainings.tsx').then((m) => ({ default: m.Trainings })));
const Users = lazy(() => import('./screens/Users.tsx').then((m) => ({ default: m.Users })));

export function App() {
  const controls = useSessionState();
  return (
    <SessionContext.Provider value={controls}>
      <SkipLink />
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Screen />
        </Suspense>
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
      <Measure key={measureId} measureId={measureId} />
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
        path === '/statistics' ? (
          <Statistics />
        ) : (
          <Funding />
        )
      ) : (
        <NotAvailable reason="forbidden" />
      );
    case '/trainings':
      return allowed('trainings') ? <Trainings /> : <NotAvailable reason="forbidden" />;
    case '/plan':
      return allowed('plan') ? <ActionPlan /> : <NotAvailable reason="forbidden" />;
    default:
      return <NotAvailable reason="not_found" />;
  }
}

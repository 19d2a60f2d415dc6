import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { ErrorAlert } from '../components/Alerts.tsx';
import { DraftList } from '../components/intake/DraftList.tsx';
import { newDraftId, newRecordDefaults, wasDiscarded } from '../components/intake/defaults.ts';
import { fromDraftData, type IntakeForm } from '../components/intake/form.ts';
import { IntakeWizard } from '../components/intake/IntakeWizard.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { useErrorText } from '../components/useErrorText.ts';
import { navigate } from '../router.ts';
import { activeMembership, useAuthenticatedSession } from '../session.ts';

/** A first responder's record of a presumed victim: start or resume (/intake), fill in (/intake/:id). */
export function Intake({ draftId }: { draftId: string | null }) {
  const { t } = useTranslation();
  const title = t('intake.title');
  return (
    <div className="stack">
      <ScreenHeading title={title}>{title}</ScreenHeading>
      {draftId === null ? <IntakeStart /> : <IntakeDraft key={draftId} draftId={draftId} />}
    </div>
  );
}

function IntakeStart() {
  const { t } = useTranslation();
  return (
    <>
      <section className="panel">
        <p className="lead">{t('intake.intro')}</p>
        <button
          type="button"
          className="button-primary button-large"
          onClick={() => navigate(`/intake/${newDraftId()}`)}
          data-testid="intake-new"
        >
          {t('intake.new')}
        </button>
      </section>
      <DraftList />
    </>
  );
}

/** Loads a draft, or starts a new one under this id when the server has none yet. */
function IntakeDraft({ draftId }: { draftId: string }) {
  const session = useAuthenticatedSession();
  const slug = activeMembership(session)?.organisation.slug ?? '';
  const { errorText } = useErrorText();
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{
    form: IntakeForm;
    version: number | undefined;
    savedAt?: string;
  } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .intakeDraft(draftId)
      .then((draft) => {
        if (cancelled) return;
        if (draft.submittedCaseId) navigate(`/cases/${draft.submittedCaseId}`, { replace: true });
        else setLoaded({ form: fromDraftData(draft.data), version: draft.version, savedAt: draft.updatedAt });
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        if (caught instanceof ApiError && caught.status === 404 && wasDiscarded(draftId)) {
          navigate('/intake', { replace: true });
        } else if (caught instanceof ApiError && caught.status === 404) {
          setLoaded({ form: fromDraftData({}, newRecordDefaults(slug)), version: undefined });
        } else setError(caught);
      });
    return () => {
      cancelled = true;
    };
  }, [draftId, slug]);

  if (error) return <ErrorAlert>{errorText(error)}</ErrorAlert>;
  if (!loaded) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <IntakeWizard draftId={draftId} initial={loaded.form} version={loaded.version} savedAt={loaded.savedAt} />
  );
}

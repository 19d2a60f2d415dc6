import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { useAuthenticatedSession, useSession } from '../session.ts';
import { ErrorAlert } from './Alerts.tsx';
import { MembershipChoices } from './MembershipChoices.tsx';
import { useDisclosure } from './useDisclosure.ts';
import { useErrorText } from './useErrorText.ts';

/** Lets a user with several memberships act for another organisation or in another role. */
export function MembershipSwitcher() {
  const { t } = useTranslation();
  const session = useAuthenticatedSession();
  const { setSession } = useSession();
  const { errorText } = useErrorText();
  const { open, close, containerRef, buttonProps, panelProps } = useDisclosure();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const others = session.memberships.filter((m) => m.id !== session.activeMembershipId);
  if (others.length === 0) return null;

  const choose = async (membershipId: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.chooseMembership(membershipId);
      close();
      navigate('/');
      setSession(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="disclosure" ref={containerRef}>
      <button {...buttonProps} className="button-secondary button-small" data-testid="switch-membership">
        {t('header.switchMembership')}
      </button>
      <div {...panelProps} className="disclosure-panel disclosure-panel-end">
        <p className="disclosure-title">{t('header.switchMembershipTitle')}</p>
        <MembershipChoices memberships={others} busy={busy} onChoose={(id) => void choose(id)} />
        {open && error ? <ErrorAlert>{errorText(error)}</ErrorAlert> : null}
      </div>
    </div>
  );
}

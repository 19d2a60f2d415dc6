import { useTranslation } from 'react-i18next';
import type { Membership } from '../contract/access.ts';
import { localName, roleName } from '../format.ts';

/** One button per membership (organisation and role); used at login and in the header's switch. */
export function MembershipChoices({
  memberships,
  busy,
  onChoose,
  className = 'plain-list',
}: {
  memberships: Membership[];
  busy: boolean;
  onChoose: (membershipId: string) => void;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className={className}>
      {memberships.map((membership) => (
        <li key={membership.id}>
          <button
            type="button"
            className="button-choice"
            disabled={busy}
            data-testid={`membership-${membership.id}`}
            onClick={() => onChoose(membership.id)}
          >
            <span className="choice-title">{localName(membership.organisation.name, i18n.language)}</span>
            <span className="choice-detail">{roleName(t, membership.role)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

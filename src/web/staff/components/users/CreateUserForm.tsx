import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { OrganisationRef, Role, UserView } from '../../contract/access.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { SelectField, TextField } from '../Field.tsx';
import { useErrorText } from '../useErrorText.ts';
import { emptyRequired, errorsFor } from '../validate.ts';
import { organisationOptions, roleOf, roleOptions } from './options.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface CreateUserFormProps {
  organisations: OrganisationRef[];
  actingRole: string | undefined;
  onCreated: (user: UserView) => void;
}

export function CreateUserForm({ organisations, actingRole, onCreated }: CreateUserFormProps) {
  const { t, i18n } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const orgOptions = organisationOptions(organisations, i18n.language);
  const roles = roleOptions(t, actingRole);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [organisationId, setOrganisationId] = useState(orgOptions[0]?.value ?? '');
  const [role, setRole] = useState<Role>(roles[0]?.value ?? 'case_worker');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chosenOrganisation = orgOptions.some((o) => o.value === organisationId)
    ? organisationId
    : (orgOptions[0]?.value ?? '');

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setError(null);
    const empty = emptyRequired({
      email: ['new-user-email', email],
      displayName: ['new-user-name', displayName],
      password: ['new-user-password', password],
      organisationId: ['new-user-organisation', chosenOrganisation],
    });
    const local = errorsFor(empty, t('validation.required'));
    if (!local.email && !EMAIL.test(email.trim())) local.email = t('validation.email');
    setFieldErrors(local);
    if (empty.length > 0) return;
    if (local.email) {
      document.getElementById('new-user-email')?.focus();
      return;
    }
    setBusy(true);
    try {
      const user = await api.createUser({
        email: email.trim(),
        displayName: displayName.trim(),
        password,
        organisationId: chosenOrganisation,
        role,
      });
      setEmail('');
      setDisplayName('');
      setPassword('');
      onCreated(user);
    } catch (caught) {
      setFieldErrors(fieldErrorTexts(caught));
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form-grid">
      <TextField
        id="new-user-email"
        label={t('users.create.email')}
        type="email"
        autoComplete="off"
        required
        value={email}
        onValueChange={setEmail}
        error={fieldErrors.email}
      />
      <TextField
        id="new-user-name"
        label={t('users.create.displayName')}
        autoComplete="off"
        required
        value={displayName}
        onValueChange={setDisplayName}
        error={fieldErrors.displayName}
      />
      <TextField
        id="new-user-password"
        label={t('users.create.password')}
        hint={t('users.create.passwordHint')}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onValueChange={setPassword}
        error={fieldErrors.password}
      />
      <SelectField
        id="new-user-organisation"
        label={t('users.organisation')}
        value={chosenOrganisation}
        onValueChange={setOrganisationId}
        options={orgOptions}
        required
        error={fieldErrors.organisationId}
      />
      <SelectField
        id="new-user-role"
        label={t('users.role')}
        value={role}
        onValueChange={(value) => setRole(roleOf(value) ?? role)}
        options={roles}
        required
        error={fieldErrors.role}
      />
      <div className="form-grid-full">
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <button type="submit" className="button-primary" data-testid="user-create-submit" disabled={busy}>
          {t('users.create.submit')}
        </button>
      </div>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { TextField } from './Field.tsx';

/** The address one signs in with, marked so that the browser's password manager fills it in. */
export function SignInEmailField({
  id,
  value,
  onValueChange,
  error,
}: {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('login.email')}
      type="email"
      autoComplete="username"
      required
      value={value}
      onValueChange={onValueChange}
      error={error}
    />
  );
}

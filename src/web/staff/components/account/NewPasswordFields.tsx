import { useTranslation } from 'react-i18next';
import { TextField } from '../Field.tsx';

/** The shortest password the server takes; it checks the rest (common passwords, the address). */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * A local check of a new password and its repetition, in the catalogue's words: what is missing,
 * too short, or not the same; an empty record when both are fine.
 */
export function newPasswordProblems(
  t: (key: string) => string,
  newPassword: string,
  repeat: string,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (newPassword === '') problems.newPassword = t('validation.required');
  else if (newPassword.length < MIN_PASSWORD_LENGTH) problems.newPassword = t('validation.too_short');
  if (repeat === '') problems.repeat = t('validation.required');
  else if (!problems.newPassword && repeat !== newPassword) problems.repeat = t('validation.mismatch');
  return problems;
}

/** A new password with its rules, and the same again. */
export function NewPasswordFields({
  newPassword,
  repeat,
  onNewPassword,
  onRepeat,
  errors,
}: {
  newPassword: string;
  repeat: string;
  onNewPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="new-password"
        label={t('account.password.new')}
        hint={t('account.password.rules')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={newPassword}
        onValueChange={onNewPassword}
        error={errors.newPassword}
      />
      <TextField
        id="repeat-password"
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onValueChange={onRepeat}
        error={errors.repeat}
      />
    </>
  );
}

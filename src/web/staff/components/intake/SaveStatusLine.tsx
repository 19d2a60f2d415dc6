import { useTranslation } from 'react-i18next';
import { formatTime } from '../../format.ts';
import type { SaveStatus } from './saver.ts';

/** "Saved 22:41", "Not saved — retrying": always in view, announced politely. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { t, i18n } = useTranslation();
  const text = (): string => {
    switch (status.kind) {
      case 'idle':
        return t('intake.save.idle');
      case 'saving':
        return t('intake.save.saving');
      case 'saved':
        return t('intake.save.saved', { time: formatTime(status.at, i18n.language) });
      case 'retrying':
        return t('intake.save.retrying');
      case 'rejected':
        return t('intake.save.rejected');
      case 'reloaded':
        return t('intake.save.reloaded', { time: formatTime(status.at, i18n.language) });
    }
  };
  const style =
    status.kind === 'retrying' || status.kind === 'rejected'
      ? 'save-status save-status-problem'
      : status.kind === 'reloaded'
        ? 'save-status save-status-warn'
        : 'save-status';
  return (
    <p className={style} role="status" data-testid="intake-save-status" data-state={status.kind}>
      {text()}
    </p>
  );
}

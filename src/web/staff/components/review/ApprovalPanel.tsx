import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format.ts';
import { ErrorAlert } from '../Alerts.tsx';
import { CasePanel } from '../cases/CasePanel.tsx';
import { ReasonField } from '../cases/ReasonField.tsx';
import { rethrowRefusal } from '../cases/refusals.ts';
import { useErrorText } from '../useErrorText.ts';
import { useLoaded } from '../useLoaded.ts';
import { type ApprovalItem, reviewApi } from './api.ts';

type Subject = ApprovalItem['subject'];
const TONE = { pending: 'warn', approved: 'ok', returned: 'error' } as const;

/** An approver's decision: approve, or return with comments the worker will read. */
function DecisionForm({
  item,
  caseId,
  onDecided,
}: {
  item: ApprovalItem;
  caseId: string;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const { errorText, fieldErrorTexts } = useErrorText();
  const [comments, setComments] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const decide = async (decision: 'approve' | 'return') => {
    setMissing(decision === 'return' && !comments.trim());
    setError(null);
    if (decision === 'return' && !comments.trim()) return;
    setBusy(true);
    try {
      // A refusal (not an approver, one's own work) is worded from its code.
      await reviewApi
        .decide(caseId, item.id, {
          decision,
          version: item.version,
          ...(comments.trim() ? { comments: comments.trim() } : {}),
        })
        .catch(rethrowRefusal);
      setComments('');
      onDecided();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const fields = fieldErrorTexts(error);
  return (
    <form
      className="action-form"
      aria-label={t(`review.approval.decideOn.${item.subject}`)}
      noValidate
      onSubmit={(event) => event.preventDefault()}
      data-testid={`approval-decision-${item.subject}`}
    >
      <ReasonField
        id={`approval-${item.id}-comments`}
        label={t('review.approval.comments')}
        hint={t('review.approval.commentsHint')}
        value={comments}
        onValueChange={(value) => {
          setComments(value);
          if (value.trim()) setMissing(false);
        }}
        rows={3}
        maxLength={4000}
        error={missing ? t('review.approval.commentsNeeded') : fields['body.comments']}
      />
      <ErrorAlert>{error && Object.keys(fields).length === 0 ? errorText(error) : null}</ErrorAlert>
      <div className="actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => decide('approve')}>
          {t('review.approval.approve')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={() => decide('return')}>
          {t('review.approval.return')}
        </button>
      </div>
    </form>
  );
}

/**
 * Where an organisation asks approval for this kind of work: each request, what the approver said
 * (the worker reads the comments here), and for an approver the decision itself.
 */
export function ApprovalPanel({
  caseId,
  subject,
  refreshKey,
  onDecided,
  standalone = false,
}: {
  caseId: string;
  subject: Subject;
  /** A panel of its own on the case page (a closure), rather than a part of an assistance tab. */
  standalone?: boolean;
  /** Changes when the work may have asked anew (the assistance or the case was written). */
  refreshKey: unknown;
  onDecided: () => void;
}) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new refreshKey is how the page asks again
  const load = useCallback(() => reviewApi.approvals(caseId), [caseId, refreshKey]);
  const { data, reload } = useLoaded(load);
  const items = (data?.items ?? []).filter((a) => a.subject === subject).reverse();
  if (items.length === 0) return null;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const list = (
    <ul className="plain-list divided-list">
      {items.map((item) => (
        <li key={item.id} data-testid={`approval-${item.status}`}>
          <p>
            <span className={`badge badge-${TONE[item.status]}`}>{t(`review.status.${item.status}`)}</span>{' '}
            {t('review.approval.asked', { by: item.requestedBy ?? '—', when: when(item.requestedAt) })}
            {item.decidedAt
              ? ` ${t('review.approval.decided', { by: item.decidedBy ?? '—', when: when(item.decidedAt) })}`
              : null}
          </p>
          {item.reason ? (
            <p className="cell-detail">
              {t('review.approval.reason')}: {item.reason}
            </p>
          ) : null}
          {item.comments ? (
            <blockquote className="victim-words" data-testid="approval-comments">
              <span className="muted">{t('review.approval.commentsFrom')}</span> {item.comments}
            </blockquote>
          ) : null}
          {item.status === 'pending' && !item.mayDecide ? (
            <p className="muted">{t(`review.approval.waiting.${subject}`)}</p>
          ) : null}
          {item.status === 'pending' && item.mayDecide ? (
            <DecisionForm
              item={item}
              caseId={caseId}
              onDecided={() => {
                reload();
                onDecided();
              }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
  if (standalone)
    return (
      <CasePanel name={`approvals-${subject}`} title={t(`review.approval.titleOf.${subject}`)}>
        <div data-testid={`approvals-${subject}`}>{list}</div>
      </CasePanel>
    );
  return (
    <div className="approval" data-testid={`approvals-${subject}`}>
      <h3>{t('review.approval.title')}</h3>
      {list}
    </div>
  );
}

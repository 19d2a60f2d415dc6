// The closed lists of the audit trail that the staff web app words. No imports: the web bundle takes
// this file as it is.

/** How an audited request ended. */
export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;

/** Why an entry is flagged: a hidden identity opened for a stated reason, or a case read off its team. */
export const AUDIT_FLAGS = ['break_glass', 'outside_team'] as const;

import type { Action } from '../access/policy.ts';
import { type AlertInput, notify } from '../alerts/store.ts';
import { recordAudit } from '../audit/record.ts';
import { personDataKey, refuseIfRestricted } from '../people/store.ts';
import { AppError, conflict } from '../platform/errors.ts';
import { actingMembership, actorOf } from '../platform/http/actor.ts';
import type { RequestContext } from '../platform/http/context.ts';
import { caseFor, viewerOf } from './access.ts';
import type { CASE_EVENTS } from './catalogue.ts';
import { todayInVilnius, type WorkflowAction } from './model.ts';
import { sealReason } from './sealed.ts';
import {
  addEvent,
  type CaseRow,
  consentsOf,
  joinTeam,
  leaveTeam,
  referralsOf,
  setResponsible,
  type teamOf,
  updateCase,
} from './store.ts';
import type { Viewer } from './view.ts';
import { workflowFactsOf } from './view.ts';
import { decideTransition, type TransitionDecision } from './workflow.ts';

// The case kernel. Every change to a case or its assistance runs the same steps here: authorise on
// the case → refuse while the person's data is restricted → in one transaction, load the case once →
// the verb applies its decision and writes its own rows → the case row is written once, guarded by
// its version → timeline events and audit events in the same transaction → the answer, built from
// what was loaded and written. `move` is the one place a case's state changes.

export type Team = Awaited<ReturnType<typeof teamOf>>;
type CaseFields = Parameters<typeof updateCase>[3];
type Member = { id: string; nameLt: string; nameEn: string; functions: string[] };
type Audited = { action: string; recordType?: string; recordId?: string; detail?: Record<string, unknown> };

/** What a verb works with while its change runs: the case as loaded, and the means to change it. */
export type Changing = {
  /** The request, scoped to the change's transaction. */
  ctx: RequestContext;
  /** The case as it was loaded, before this change. */
  row: CaseRow;
  /** The case's team, kept current by `join` and `leave`. */
  team: Team;
  viewer: Viewer;
  organisationId: string;
  userId: string;
  /** Today in Vilnius, the day the law counts from. */
  today: string;
  /** The person's key, or null once erased: nothing new is written about them then. */
  personKey(): Promise<Buffer | null>;
  consents(): Promise<Awaited<ReturnType<typeof consentsOf>>>;
  referrals(): Promise<Awaited<ReturnType<typeof referralsOf>>>;
  /** Fields of the case row to write with the change. */
  set(fields: CaseFields): void;
  /**
   * Take a workflow step. `required` refuses the change when the rules do not allow it; otherwise the
   * step is taken only if it is the next one; the answer is the step taken, or null.
   */
  move(
    transition: WorkflowAction,
    how: {
      reason?: string;
      required: boolean;
      /** The reason is kept with the decision itself, not again on the timeline. */
      reasonKeptElsewhere?: boolean;
      /** The coordinator decides on a request to reconsider the identification decision. */
      reconsidering?: boolean;
    },
  ): Promise<{ from: string; to: string } | null>;
  join(organisation: Member, role: string): Promise<void>;
  leave(organisationId: string): Promise<void>;
  /** Name the person responsible for the case in an organisation on the team. */
  assign(organisationId: string, user: { id: string; name: string }): Promise<void>;
  /** An entry on the case's timeline; a reason in the staff member's words is sealed under the person's key. */
  event(
    type: (typeof CASE_EVENTS)[number],
    detail?: Record<string, unknown>,
    options?: {
      reason?: string;
      /** On behalf of another organisation (the first responder handing over): no user is named. */
      organisationId?: string;
      /** The system's own finding (a possible duplicate): no organisation or user is named. */
      system?: boolean;
    },
  ): void;
  /** An audit event of the change (on the case unless another record is named). */
  audit(entry: Audited): void;
  /**
   * Tell people of the change, in its transaction: the alert names the case and leads to it unless
   * another link is given; the person making the change is not told.
   */
  alert(alert: CaseAlert): void;
};

export type CaseAlert = Omit<AlertInput, 'caseId' | 'caseReference' | 'except' | 'link'> & { link?: string };

export type ChangeSpec<T> = {
  /** The policy action the change needs on the case. */
  action: Action;
  /**
   * The version the client read: a stale one changes nothing and answers 409. "current" moves the
   * version on whatever came in between (a note beside a colleague's); without either, the version
   * moves only when the state does, so a case page open elsewhere is not made stale by, say, a plan
   * review day.
   */
  version?: number | 'current';
  /** Loads and authorises the case another way (a referral's receiver is not on the team yet). */
  authorise?: (ctx: RequestContext) => Promise<{ row: CaseRow; team: Team }>;
  apply: (c: Changing) => Promise<T>;
};

const STALE = 'The case was changed by someone else since you opened it; reload to see what changed.';
const RACED = 'The case was changed by someone else a moment ago; reload to see what changed.';

/** A workflow refusal as 409, with a stable code and, when something is missing, what (as codes). */
export function refusalOf(decision: Exclude<TransitionDecision, { ok: true }>) {
  if (decision.kind !== 'requirements') return conflict(decision.message, decision.kind);
  return new AppError(
    'conflict',
    decision.message,
    decision.missing.map((message) => ({ field: 'transition', message })),
    { refusal: 'requirements', missing: decision.codes.join(' ') },
  );
}

/** Run one change on a case in its own transaction; the answer is built inside it from what it left. */
export function changeCase<T, A>(
  ctx: RequestContext,
  id: string,
  spec: ChangeSpec<T>,
  answer: (done: Done<T>) => Promise<A>,
): Promise<A> {
  return ctx.db.transaction(async (tx) => {
    const scoped: RequestContext = { ...ctx, db: tx };
    const { row, team } = spec.authorise
      ? await spec.authorise(scoped)
      : await caseFor(scoped, spec.action, id);
    return answer(await applyChange(scoped, row, team, spec));
  });
}

export type Done<T> = { ctx: RequestContext; row: CaseRow; team: Team; value: T };

/**
 * The kernel's steps on a case already loaded and authorised, inside the caller's transaction: the
 * intake runs them on the case it has just created.
 */
export async function applyChange<T>(
  scoped: RequestContext,
  row: CaseRow,
  team: Team,
  spec: Omit<ChangeSpec<T>, 'authorise'>,
): Promise<Done<T>> {
  const tx = scoped.db;
  await refuseIfRestricted(tx, row.personId);
  if (typeof spec.version === 'number' && spec.version !== row.version) throw conflict(STALE);

  const m = actingMembership(scoped);
  const userId = actorOf(scoped).userId;
  const once = <V>(load: () => Promise<V>) => {
    let loaded: Promise<V> | null = null;
    return () => {
      loaded ??= load();
      return loaded;
    };
  };
  const personKey = once(() => personDataKey(tx, scoped.keys, row.personId));
  const consents = once(() => consentsOf(tx, row.id));
  const fields: CaseFields = {};
  const events: Parameters<Changing['event']>[] = [];
  const audits: Audited[] = [];
  const alerts: CaseAlert[] = [];
  let moved = false;
  let current = team;

  const changing: Changing = {
    ctx: scoped,
    row,
    get team() {
      return current;
    },
    viewer: viewerOf(scoped),
    organisationId: m.organisationId,
    userId,
    today: todayInVilnius(),
    personKey,
    consents,
    referrals: () => referralsOf(tx, [row.id]),
    set: (set) => {
      Object.assign(fields, set);
    },
    move: async (transition, how) => {
      const from = fields.state ?? row.state;
      const decision = decideTransition(transition, {
        ...workflowFactsOf(
          { row: { ...row, state: from }, team: current, consents: await consents() },
          changing.viewer,
        ),
        reason: how.reason,
        reconsidering: how.reconsidering,
      });
      if (!decision.ok) {
        if (how.required) throw refusalOf(decision);
        return null;
      }
      fields.state = decision.to;
      fields.closedAt = decision.to === 'closed' ? new Date() : null;
      moved = true;
      changing.event(
        'state_changed',
        { from, to: decision.to, transition },
        { reason: how.reasonKeptElsewhere ? undefined : how.reason },
      );
      return { from, to: decision.to };
    },
    join: async (organisation, role) => {
      await joinTeam(tx, row.id, organisation.id, role);
      const earlier = current.find((t) => t.organisationId === organisation.id);
      current = [
        ...current.filter((t) => t.organisationId !== organisation.id),
        {
          organisationId: organisation.id,
          role: earlier?.role ?? role,
          joinedAt: earlier?.joinedAt ?? new Date(),
          leftAt: null,
          nameLt: organisation.nameLt,
          nameEn: organisation.nameEn,
          functions: organisation.functions,
          responsibleUserId: earlier?.responsibleUserId ?? null,
          responsibleName: earlier?.responsibleName ?? null,
        },
      ];
    },
    leave: async (organisationId) => {
      await leaveTeam(tx, row.id, organisationId);
      current = current.map((t) =>
        t.organisationId === organisationId && t.leftAt === null ? { ...t, leftAt: new Date() } : t,
      );
    },
    assign: async (organisationId, user) => {
      await setResponsible(tx, row.id, organisationId, user.id);
      current = current.map((t) =>
        t.organisationId === organisationId && t.leftAt === null
          ? { ...t, responsibleUserId: user.id, responsibleName: user.name }
          : t,
      );
    },
    event: (...event) => {
      events.push(event);
    },
    audit: (entry) => {
      audits.push(entry);
    },
    alert: (alert) => {
      alerts.push(alert);
    },
  };

  const value = await spec.apply(changing);

  let written = row;
  if (spec.version !== undefined || moved || Object.keys(fields).length > 0) {
    // The version the client read guards its change, and the one loaded guards a step of the
    // workflow; anything else (a note, a clock set by assistance) is written whatever came between.
    const expected = typeof spec.version === 'number' ? spec.version : moved ? row.version : null;
    const updated = await updateCase(tx, row.id, expected, fields, {
      // Clocks set by assistance leave the version alone; a step or an edit moves it on.
      bump: spec.version !== undefined || moved,
    });
    if (!updated) throw conflict(RACED);
    written = updated;
  }
  for (const [type, detail = {}, options = {}] of events) {
    const key = options.reason ? await personKey() : null;
    await addEvent(tx, {
      caseId: row.id,
      type,
      organisationId: options.system ? null : (options.organisationId ?? m.organisationId),
      userId: options.system || options.organisationId ? null : userId,
      detail,
      sealedReason: sealReason(key, 'event-reason', row.id, options.reason),
    });
  }
  for (const entry of audits) {
    await recordAudit(tx, scoped, {
      action: entry.action,
      recordType: entry.recordType ?? 'case',
      recordId: entry.recordId ?? row.id,
      outcome: 'success',
      detail: entry.detail ?? {},
    });
  }
  for (const alert of alerts) {
    await notify(tx, {
      ...alert,
      link: alert.link ?? `/cases/${row.id}`,
      caseId: row.id,
      caseReference: row.reference,
      except: userId,
    });
  }
  return { ctx: scoped, row: written, team: current, value };
}

// The shapes of src/cases/model.ts (and of the person, src/people/model.ts) as the app sends and
// reads them, taken from their Zod schemas (types only: nothing of the server reaches the bundle).
// The closed lists come from the catalogues, which have no imports so that the bundle can use them.
import type { z } from 'zod';
import type * as model from '../../../cases/model.ts';
import type * as people from '../../../people/model.ts';

export * from '../../../cases/catalogue.ts';
export * from '../../../people/catalogue.ts';

export type CaseKind = z.output<typeof model.CaseKind>;
export type CaseState = z.output<typeof model.CaseState>;
export type ExploitationForm = z.output<typeof model.ExploitationForm>;
export type OtherCrime = z.output<typeof model.OtherCrime>;
export type Indicator = z.output<typeof model.Indicator>;
export type UrgentNeed = z.output<typeof model.UrgentNeed>;
export type FirstContactKind = z.output<typeof model.FirstContactKind>;
export type ConsentScope = z.output<typeof model.ConsentScope>;
export type ConsentMethod = z.output<typeof model.ConsentMethod>;
export type ReferralPurpose = z.output<typeof model.ReferralPurpose>;
export type ReferralStatus = z.output<typeof model.ReferralStatus>;
export type IdentificationOutcome = z.output<typeof model.IdentificationOutcome>;
export type CooperationOutcome = z.output<typeof model.CooperationOutcome>;
export type ResidencePermitStatus = z.output<typeof model.ResidencePermitStatus>;
export type Transition = z.output<typeof model.Transition>;
export type DeadlineKind = z.output<typeof model.DeadlineKind>;
export type NoteVisibility = z.output<typeof model.NoteVisibility>;
export type Sex = z.output<typeof people.Sex>;
export type AgeBand = z.output<typeof people.AgeBand>;
export type CitizenshipPathway = z.output<typeof people.CitizenshipPathway>;

/** Identity fields: sealed on the server, shown only to those who need them. */
export type Identity = z.output<typeof people.Identity>;
export type ConsentGiven = z.input<typeof model.ConsentGiven>;

/** A first responder's record in progress: any part of it, as the app sends it. */
export type IntakeDraftData = z.input<typeof model.IntakeDraftData>;
export type DraftView = z.output<typeof model.DraftView>;
export type DraftList = z.output<typeof model.DraftList>;
export type SubmitResult = z.output<typeof model.SubmitResult>;

export type OrganisationName = z.output<typeof model.OrganisationName>;
export type DeadlineView = z.output<typeof model.DeadlineView>;
export type ReferralView = z.output<typeof model.ReferralView>;
export type CaseFacts = z.output<typeof model.CaseFacts>;
export type CaseSummary = z.output<typeof model.CaseSummary>;
export type CaseList = z.output<typeof model.CaseList>;
export type ReferralInbox = z.output<typeof model.ReferralInbox>;
/** A referral with the case it is about: the inbox of a support service, the coordinator's desk. */
export type ReferralWithCase = ReferralInbox['items'][number];
/** A case in outline, as lists show it. */
export type CaseHeadline = Omit<ReferralWithCase['case'], 'needs'>;
export type TimelineEvent = z.output<typeof model.TimelineEvent>;

export type CaseView = z.output<typeof model.CaseView>;
export type IdentityState = CaseView['identityState'];
export type TeamMember = CaseView['team'][number];
export type CaseConsent = CaseView['consents'][number];
export type CaseNote = CaseView['notes'][number];
export type CaseDecisions = CaseView['decisions'];

export type DeskView = z.output<typeof model.DeskView>;
export type DuplicatePair = DeskView['duplicates'][number];
export type SuggestionList = z.output<typeof model.SuggestionList>;
/** An organisation that serves the need, the person and the place, with its matching services. */
export type Suggestion = SuggestionList['items'][number];

export type CaseFilters = z.input<typeof model.CaseQuery>;
export type SaveDraftInput = z.input<typeof model.SaveDraftInput>;
export type RecordConsentInput = z.input<typeof model.RecordConsentInput>;
export type WithdrawConsentInput = z.input<typeof model.WithdrawConsentInput>;
export type CreateReferralInput = z.input<typeof model.CreateReferralInput>;
export type ReferralResponse = z.input<typeof model.RespondReferralInput>;
export type TransitionInput = z.input<typeof model.TransitionInput>;
export type IdentificationInput = z.input<typeof model.IdentificationInput>;
export type CooperationInput = z.input<typeof model.CooperationInput>;
export type ReflectionInput = z.input<typeof model.ReflectionInput>;
export type ResidencePermitInput = z.input<typeof model.ResidencePermitInput>;
export type AddIdentityInput = z.input<typeof model.AddIdentityInput>;
export type OpenIdentityInput = z.input<typeof model.OpenIdentityInput>;
export type NoteInput = z.input<typeof model.NoteInput>;
export type DuplicateResolutionInput = z.input<typeof model.DuplicateResolutionInput>;

/** Who is responsible for a case in one organisation, and who may be. */
export type ResponsibleView = z.output<typeof model.ResponsibleView>;
export type WorkerList = z.output<typeof model.WorkerList>;
export type Worker = WorkerList['items'][number];
/** A person's own work: counts, deadlines, cases and referrals waiting. */
export type MyWork = z.output<typeof model.MyWork>;
export type WorkDeadline = MyWork['deadlines'][number];
/** A manager's view of the organisation's cases by worker. */
export type Caseload = z.output<typeof model.Caseload>;
export type WorkerLoad = Caseload['workers'][number];

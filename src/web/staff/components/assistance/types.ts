// The shapes of src/assistance/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle). The closed lists come from the catalogue,
// which has no imports so that the bundle can use it as it is.
import type { z } from 'zod';
import type * as model from '../../../../assistance/model.ts';

export * from '../../../../assistance/catalogue.ts';

export type AssistanceView = model.AssistanceView;
export type AssessmentView = z.infer<typeof model.AssessmentView>;
export type ServiceView = z.infer<typeof model.ServiceView>;
export type ReturnView = z.infer<typeof model.ReturnView>;
export type LegalView = z.infer<typeof model.LegalView>;
export type CardView = z.infer<typeof model.CardView>;
export type OverlapWarning = z.infer<typeof model.OverlapWarning>;
export type ConsultationView = z.infer<typeof model.ConsultationView>;
export type ConsultationList = z.infer<typeof model.ConsultationList>;

export type RightsInput = z.input<typeof model.RightsInput>;
export type AssessmentInput = z.input<typeof model.AssessmentInput>;
export type PlanItemInput = z.input<typeof model.PlanItemInput>;
export type PlanItemUpdateInput = z.input<typeof model.PlanItemUpdateInput>;
export type PlanAgreementInput = z.input<typeof model.PlanAgreementInput>;
export type ServiceEntry = z.input<typeof model.ServiceEntry>;
export type ReturnInput = z.input<typeof model.ReturnInput>;
export type InvestigationInput = z.input<typeof model.InvestigationInput>;
export type LegalStepInput = z.input<typeof model.LegalStepInput>;
export type LegalStepUpdateInput = z.input<typeof model.LegalStepUpdateInput>;
export type CompensationInput = z.input<typeof model.CompensationInput>;
export type LongTermInput = z.input<typeof model.LongTermInput>;
export type FollowUpInput = z.input<typeof model.FollowUpInput>;
export type ConsultationInput = z.input<typeof model.ConsultationInput>;

export type ServiceType = model.ServiceType;
export type NeedDomain = model.NeedDomain;
export type PrintLanguage = z.infer<typeof model.PrintLanguage>;
export type Urgency = z.infer<typeof model.Urgency>;
export type RiskLevel = z.infer<typeof model.RiskLevel>;

/** Why a claim to the Fund for Victims of Crimes cannot succeed (src/assistance/rules.ts). */
export const COMPENSATION_REASONS = [
  'not_violent_crime',
  'crime_before_2005_07_01',
  'crime_date_in_future',
  'citizenship_unknown',
  'not_eu_citizen_or_resident',
] as const;

/** Why no identification card can be issued now (src/assistance/rules.ts). */
export const CARD_REFUSALS = [
  'card_not_trafficking',
  'card_not_identified',
  'card_no_identity',
  'restricted',
  'card_anonymised',
] as const;

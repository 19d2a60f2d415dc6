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
export type OverlapList = z.infer<typeof model.OverlapList>;
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

/** Why a claim cannot succeed, by the name the app uses; the card refusals come with the catalogue above. */
export {
  CARD_REFUSALS,
  ELIGIBILITY_REASONS as COMPENSATION_REASONS,
} from '../../../../assistance/catalogue.ts';

import { useTranslation } from 'react-i18next';
import { todayInVilnius } from '../../time.ts';
import { ActionForm } from '../cases/ActionForm.tsx';
import {
  checkInvestigation,
  InvestigationFields,
  investigationInput,
  useInvestigationDraft,
} from '../legal/InvestigationFields.tsx';
import { assistanceApi } from './api.ts';
import type { LegalView } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

/** The pre-trial investigation the case is linked to, and the officer responsible (seed 001). */
export function InvestigationForm({
  saved,
  record,
  done,
}: {
  saved: LegalView['investigation'];
  record: RecordAssistance;
  done: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVilnius();
  const [draft, change] = useInvestigationDraft(saved, '');
  return (
    <ActionForm
      label={t('assistance.legal.investigation')}
      submitLabel={t('assistance.legal.saveInvestigation')}
      testId="investigation-form"
      marksRequired
      check={() => checkInvestigation(t, draft, today)}
      onSubmit={() =>
        record((id) => assistanceApi.linkInvestigation(id, investigationInput(draft))).then(done)
      }
    >
      {(errors) => (
        <div className="form-grid">
          <InvestigationFields
            prefix="investigation"
            draft={draft}
            change={change}
            errors={errors}
            today={today}
          />
        </div>
      )}
    </ActionForm>
  );
}

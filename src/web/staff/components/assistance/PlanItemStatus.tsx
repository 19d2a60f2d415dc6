import { useTranslation } from 'react-i18next';
import { codeName } from '../../labels.ts';
import { activeMembership, useAuthenticatedSession } from '../../session.ts';
import { assistanceApi } from './api.ts';
import { StatusChange } from './StatusChange.tsx';
import { type AssistanceView, PLAN_ITEM_STATUSES } from './types.ts';
import type { RecordAssistance } from './useAssistance.ts';

type PlanItem = AssistanceView['plan']['items'][number];

/** As the server rules: the providing organisation, or one that agreed the plan, keeps an item's status. */
export function usePlanItemKeeper(assistance: AssistanceView): (item: PlanItem) => boolean {
  const acting = activeMembership(useAuthenticatedSession())?.organisation.id;
  const agreedHere = assistance.plan.agreements.some((a) => a.organisation.id === acting);
  return (item) => assistance.canRecord && (agreedHere || item.organisation.id === acting);
}

/** A plan measure's status, changed in place. */
export function PlanItemStatus({ item, record }: { item: PlanItem; record: RecordAssistance }) {
  const { t } = useTranslation();
  return (
    <StatusChange
      id={`plan-item-${item.id}-status`}
      label={t('assistance.plan.statusOf', { measure: codeName(t, 'serviceType', item.measure) })}
      list="planItemStatus"
      codes={PLAN_ITEM_STATUSES}
      current={item.status}
      onSave={(status) =>
        record((id) => assistanceApi.updatePlanItem(id, item.id, { status, version: item.version }))
      }
    />
  );
}

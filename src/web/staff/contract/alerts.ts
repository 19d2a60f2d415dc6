// The shapes of src/alerts/model.ts as the app sends and reads them, taken from its Zod schemas
// (types only: nothing of the server reaches the bundle). The catalogue of alert kinds, with their
// words in both languages, has no imports so that the bundle can use it as it is.
import type { z } from 'zod';
import type * as model from '../../../alerts/model.ts';

export {
  ALERT_DEADLINES,
  ALERT_KIND_NAMES,
  ALERT_KINDS,
  ALERT_REFUSALS,
  type AlertDeadline,
  type AlertKind,
  DELIVERIES,
  type Delivery,
} from '../../../alerts/catalogue.ts';

export type AlertView = z.output<typeof model.AlertView>;
export type AlertList = z.output<typeof model.AlertList>;
export type UnreadCount = z.output<typeof model.UnreadCount>;
export type AlertSettingsView = z.output<typeof model.AlertSettingsView>;
export type AlertKindSetting = AlertSettingsView['kinds'][number];
export type AlertSettingsInput = z.input<typeof model.AlertSettingsInput>;
export type UnsentMailView = z.output<typeof model.UnsentMailView>;
export type UnsentMail = UnsentMailView['items'][number];

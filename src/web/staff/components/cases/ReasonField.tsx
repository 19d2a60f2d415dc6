import type { ComponentProps } from 'react';
import { TextAreaField } from '../Field.tsx';

type Props = Omit<ComponentProps<typeof TextAreaField>, 'rows' | 'maxLength'> & {
  rows?: number;
  maxLength?: number;
};

/** A reason or note in a few lines: why a case moves, a referral is declined, an identity opened. */
export function ReasonField({ rows = 2, maxLength = 1000, ...props }: Props) {
  return <TextAreaField rows={rows} maxLength={maxLength} {...props} />;
}

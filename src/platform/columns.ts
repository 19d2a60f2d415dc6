import { customType, timestamp } from 'drizzle-orm/pg-core';

/**
 * Binary column for sealed values: Buffer in, Buffer out, whichever driver reads it. Read inside JSON
 * (a relational query's sub-select) PostgreSQL gives it as hex text, `\\x…`.
 */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
  fromDriver: (value) => {
    if (typeof value !== 'string') return Buffer.from(value);
    if (!value.startsWith('\\x')) throw new Error('a bytea value read as text must be hex');
    return Buffer.from(value.slice(2), 'hex');
  },
});

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

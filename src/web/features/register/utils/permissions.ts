import type { Me } from '@/shared/api/auth.ts'

/** Whether to offer creating matters and recording acts (prosecutors and heads); the server decides again on every request. */
export const canRecordMatters = (me: Me): boolean => me.can.recordMatters ?? false

/** Whether the register and its deadlines are open to this user at all. */
export const canReadMatters = (me: Me): boolean => me.can.readMatters ?? true

import { createContext } from 'react'
import type { z } from 'zod'
import type { ScopeUnit } from '@/shared/api/auth.ts'

export type ScopeUnitItem = z.infer<typeof ScopeUnit>

export type CurrentUnitValue = {
  /** The unit every list defaults to. */
  unit: ScopeUnitItem
  /** Units the user may see, in tree order, with their depth for indentation. */
  scopeUnits: { unit: ScopeUnitItem; depth: number }[]
  setUnitId: (id: number) => void
}

export const CurrentUnitContext = createContext<CurrentUnitValue | null>(null)

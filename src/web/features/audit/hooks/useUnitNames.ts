import { useMemo } from 'react'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import type { UnitNames } from '../utils/auditVocabulary.ts'

/** Names of the units in scope by id, to show "Đơn vị: Phòng 1" rather than "unitId: 12" in diffs. */
export const useUnitNames = (): UnitNames => {
  const me = useMe()
  return useMemo(() => new Map(me.scopeUnits.map((u) => [u.id, u.name])), [me.scopeUnits])
}

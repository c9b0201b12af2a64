import { useCallback, useMemo } from 'react'
import type { ReactNode } from 'react'
import { useLocalStorage } from '@mantine/hooks'
import { useMe } from '@/web/features/auth/hooks/useMe.ts'
import { buildUnitTree, flattenUnitTree } from '../utils/unitTree.ts'
import { CurrentUnitContext } from './CurrentUnitContext.ts'
import type { CurrentUnitValue } from './CurrentUnitContext.ts'

const STORAGE_KEY = 'kiemsat.currentUnitId'

export function CurrentUnitProvider({ children }: { children: ReactNode }) {
  const me = useMe()
  const [storedId, setStoredId] = useLocalStorage<number | null>({
    // Per person: someone else signing in on this browser starts from their own scope.
    key: `${STORAGE_KEY}.${me.user.personId}`,
    defaultValue: null,
    getInitialValueInEffect: false,
  })

  const scopeUnits = useMemo(() => flattenUnitTree(buildUnitTree(me.scopeUnits)), [me.scopeUnits])

  const unit = useMemo(() => {
    // Start from the broadest unit the user reaches (a provincial leader sees the province at a glance);
    // a stored unit they can no longer see (another user signed in, roles changed) falls back the same way.
    const byId = (id: number | null) => me.scopeUnits.find((u) => u.id === id)
    const broadest = scopeUnits.find((s) => s.depth === 0 && !s.unit.historical)?.unit
    return byId(storedId) ?? broadest ?? byId(me.user.unitId) ?? scopeUnits[0]?.unit
  }, [me, storedId, scopeUnits])

  const setUnitId = useCallback((id: number) => setStoredId(id), [setStoredId])

  const value = useMemo<CurrentUnitValue | null>(
    () => (unit ? { unit, scopeUnits, setUnitId } : null),
    [unit, scopeUnits, setUnitId],
  )

  if (!value) return <>{children}</>
  return <CurrentUnitContext.Provider value={value}>{children}</CurrentUnitContext.Provider>
}

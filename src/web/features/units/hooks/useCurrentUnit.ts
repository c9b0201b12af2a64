import { useContext } from 'react'
import { CurrentUnitContext } from '../context/CurrentUnitContext.ts'
import type { CurrentUnitValue } from '../context/CurrentUnitContext.ts'

/** The unit chosen in the header's unit switcher. */
export const useCurrentUnit = (): CurrentUnitValue => {
  const value = useContext(CurrentUnitContext)
  if (!value) throw new Error('useCurrentUnit() needs a CurrentUnitProvider and at least one unit in scope')
  return value
}

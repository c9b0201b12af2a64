import { useContext } from 'react'
import type { Me } from '@/shared/api/auth.ts'
import { MeContext } from './MeContext.ts'

/** The signed-in user; only inside the signed-in layout. */
export const useMe = (): Me => {
  const me = useContext(MeContext)
  if (!me) throw new Error('useMe() outside the signed-in layout')
  return me
}

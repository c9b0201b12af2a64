import { createContext } from 'react'
import type { Me } from '@/shared/api/auth.ts'

export const MeContext = createContext<Me | null>(null)

import { z } from 'zod'

// Only same-site paths, so a crafted link cannot send the user elsewhere after signing in.
const SafeRedirect = z
  .string()
  .refine((v) => v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/dang-nhap'))
  .optional()
  .catch(undefined)

export const SignInSearch = z.object({ redirect: SafeRedirect })
export type SignInSearch = z.infer<typeof SignInSearch>

export const validateSignInSearch = (search: Record<string, unknown>): SignInSearch => SignInSearch.parse(search)

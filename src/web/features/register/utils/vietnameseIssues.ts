import type { z } from 'zod'
import { vietnameseIssue as sharedIssue } from '@/shared/validation/vietnamese-issues.ts'

/**
 * Vietnamese messages for the domain's event schemas, which carry none of their own: the
 * browser checks before sending with the same schemas the server uses. The shared words, but
 * an unknown key is named as what it is here — a field that does not belong to this act.
 */
export const vietnameseIssue = (issue: z.core.$ZodRawIssue): string =>
  issue.code === 'unrecognized_keys' ? 'Có thông tin không thuộc hành vi tố tụng này' : sharedIssue(issue)

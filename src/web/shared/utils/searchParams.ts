import { z } from 'zod'

// The router JSON-parses search values ("?q=123" arrives as a number), so text is coerced back.
export const optionalText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .transform((v) => (v === '' ? undefined : v))
  .optional()
  .catch(undefined)

export const optionalPositiveInt = z.coerce.number().int().positive().optional().catch(undefined)

export const optionalIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined)

import { z } from 'zod'

/** ISO calendar date, YYYY-MM-DD. Shown to users as dd/mm/yyyy. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
export type IsoDate = z.infer<typeof IsoDate>

export const Id = z.coerce.number().int().positive()

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
})

/** The one error shape every failing response has. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

export const Ok = z.object({ ok: z.literal(true) })

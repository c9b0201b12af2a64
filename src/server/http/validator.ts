// The request validator: each route's zod schema checks its body, query string and path
// parameters. Like fastify-type-provider-zod's, but a text over its limit also says how long it
// is (issueMessage: "Lý do hủy tối đa 500 ký tự (đang có 600)"), as the browser says it.
import type { FastifySchemaCompiler } from 'fastify'
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { issueMessage } from '@/shared/validation/vietnamese-issues.ts'

// Marks the items as zod's for hasZodFastifySchemaValidationErrors (the error handler's test).
const ZOD_ISSUE = Symbol.for('ZodFastifySchemaValidationError')

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const { schema } = route
  if (!(schema instanceof z.ZodType)) return zodValidatorCompiler(route)
  return (data) => {
    // reportInput: the refused value rides on the issue, for its length; it is never sent back.
    const result = schema.safeParse(data, { reportInput: true })
    if (result.success) return { value: result.data }
    return {
      error: result.error.issues.map((issue) => ({
        [ZOD_ISSUE]: true,
        keyword: issue.code,
        instancePath: `/${issue.path.join('/')}`,
        schemaPath: `#/${issue.path.join('/')}/${issue.code}`,
        message: issueMessage(issue),
        params: {},
      })),
    } as unknown as { error: Error }
  }
}

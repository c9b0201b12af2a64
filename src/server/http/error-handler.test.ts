import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeadlineError } from '@/domain/deadlines/errors.ts'
import { DomainError } from '@/domain/errors.ts'
import { AppError } from '../platform/app-error.ts'
import { registerErrorHandling } from './error-handler.ts'

// A domain error thrown where no service translated it used to answer 500 "Đã có lỗi xảy ra".
describe('the error handler', () => {
  const app = Fastify()
  beforeAll(async () => {
    registerErrorHandling(app)
    app.get('/deadline', async () => {
      throw new DeadlineError('DEADLINE_EXTENSION_LIMIT', 'Điều 172: đã gia hạn tối đa 02 lần')
    })
    app.get('/unknown-rule', async () => {
      throw new DomainError('SOME_NEW_RULE', 'Ngày bắt đầu không hợp lệ', {})
    })
    app.get('/app', async () => {
      throw new AppError('MATTER_NOT_FOUND')
    })
    await app.ready()
  })
  afterAll(async () => app.close())

  it('answers a domain error with its code, its message and the status its code is declared with', async () => {
    const res = await app.inject({ method: 'GET', url: '/deadline' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({
      code: 'DEADLINE_EXTENSION_LIMIT',
      message: 'Điều 172: đã gia hạn tối đa 02 lần',
    })
  })

  it('answers a domain error of a code nobody declares with 422 DOMAIN_RULE and its message, not a 500', async () => {
    const res = await app.inject({ method: 'GET', url: '/unknown-rule' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({ code: 'DOMAIN_RULE', message: 'Ngày bắt đầu không hợp lệ' })
  })

  it('gives an AppError thrown with its code alone the code’s own Vietnamese message', async () => {
    const res = await app.inject({ method: 'GET', url: '/app' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error).toMatchObject({ code: 'MATTER_NOT_FOUND', message: 'Không tìm thấy vụ việc' })
  })
})

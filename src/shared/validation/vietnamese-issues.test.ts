import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { VoidEvent } from '@/shared/api/register.ts'
import { installVietnameseIssues, issueMessage } from './vietnamese-issues.ts'

const messageOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input)
  if (parsed.success) throw new Error('expected a refusal')
  return parsed.error.issues[0]!.message
}

describe('zod’s own checks speak Vietnamese once installed', () => {
  beforeAll(() => installVietnameseIssues())

  it('a text over its limit: the limit in Vietnamese, not "Too big: expected string to have <=500 characters"', () => {
    expect(messageOf(z.object({ reason: z.string().trim().max(500) }), { reason: 'x'.repeat(600) })).toBe(
      'Tối đa 500 ký tự',
    )
    expect(messageOf(VoidEvent, { reason: 'x'.repeat(600) })).toBe('Lý do hủy tối đa 500 ký tự')
  })

  it('a text over its limit says how long it is, as the schema counted it', () => {
    const parsed = VoidEvent.safeParse({ reason: `  ${'x'.repeat(600)}  ` }, { reportInput: true })
    expect(issueMessage(parsed.error!.issues[0]!)).toBe('Lý do hủy tối đa 500 ký tự (đang có 600)')
    // Without the input there is no length to give: the message alone.
    expect(issueMessage(VoidEvent.safeParse({ reason: 'x'.repeat(600) }).error!.issues[0]!)).toBe(
      'Lý do hủy tối đa 500 ký tự',
    )
  })

  it('a schema’s own message still wins', () => {
    expect(messageOf(VoidEvent, { reason: 'abc' })).toBe('Nêu rõ lý do hủy (ít nhất 5 ký tự)')
  })

  it('names each kind of check in Vietnamese', () => {
    expect(messageOf(z.object({ a: z.string() }), {})).toBe('Chưa nhập thông tin này')
    expect(messageOf(z.string(), 12)).toBe('Giá trị không hợp lệ')
    expect(messageOf(z.string().min(1), '')).toBe('Chưa nhập thông tin này')
    expect(messageOf(z.string().min(3), 'a')).toBe('Nhập ít nhất 3 ký tự')
    expect(messageOf(z.number().max(1000), 12_345)).toBe('Giá trị lớn nhất là 1.000')
    expect(messageOf(z.array(z.string()).max(2), ['a', 'b', 'c'])).toBe('Tối đa 2 mục')
    expect(messageOf(z.enum(['a', 'b']), 'c')).toBe('Chọn một giá trị trong danh sách')
    expect(messageOf(z.iso.date(), '31/02/2026')).toBe('Ngày không đúng định dạng')
    expect(messageOf(z.strictObject({}), { x: 1 })).toBe('Có thông tin không được chấp nhận')
  })

  it('leaves no English in any message it writes', () => {
    const samples: [z.ZodType, unknown][] = [
      [z.string().max(1), 'xx'],
      [z.number().min(5), 0.5],
      [z.number().int(), 0.5],
      [z.email(), 'a@'],
      [z.uuid(), 'x'],
      [z.literal('x'), 'y'],
      [z.union([z.string(), z.number()]), true],
      [z.bigint(), 1],
      [z.string().regex(/^\d+$/), 'a'],
    ]
    for (const [schema, input] of samples)
      expect(messageOf(schema, input)).not.toMatch(/[Ee]xpected|Invalid|Too (big|small)|[Mm]ust/)
  })
})

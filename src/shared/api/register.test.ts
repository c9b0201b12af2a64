import { describe, expect, it } from 'vitest'
import { ArticleId } from '@/domain/register/event-types.ts'
import { CreateMatter } from './register.ts'

const messagesOf = (
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  path: string,
) => (result.error?.issues ?? []).filter((i) => i.path.join('.') === path).map((i) => i.message)

describe('register input messages (issue 12, item 10)', () => {
  const matter = { kind: 'crime_report', number: '01/TB', receivedOn: '2026-03-02', unitId: 1 }

  it('asks for a missing summary instead of calling it too short', () => {
    expect(messagesOf(CreateMatter.safeParse({ ...matter, title: '' }), 'title')).toEqual(['Nhập tóm tắt vụ việc'])
    expect(messagesOf(CreateMatter.safeParse({ ...matter, title: '   ' }), 'title')).toEqual(['Nhập tóm tắt vụ việc'])
    expect(messagesOf(CreateMatter.safeParse({ ...matter, title: 'Ab' }), 'title')).toEqual([
      'Tóm tắt quá ngắn: ít nhất 3 ký tự',
    ])
  })

  it('names the Penal Code and its articles for an article that does not exist', () => {
    for (const article of ['999', 999, '0', '427', 'abc']) {
      const result = ArticleId.safeParse(article)
      expect(result.success, String(article)).toBe(false)
      expect(result.error?.issues[0]?.message, String(article)).toBe(
        'Điều luật không có trong Bộ luật Hình sự 2015: chỉ có Điều 1 đến Điều 426 (có thể kèm chữ, ví dụ 217a)',
      )
    }
    expect(ArticleId.parse('217A')).toBe('217a')
  })
})

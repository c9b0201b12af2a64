import type { z } from 'zod'

type Issue = z.core.$ZodRawIssue

const fmt = (n: number | bigint) => new Intl.NumberFormat('vi-VN').format(n)

/**
 * Vietnamese messages for the domain's event schemas, which carry none of their own:
 * the browser checks before sending with the same schemas the server uses.
 */
export const vietnameseIssue = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'Chưa nhập thông tin này' : 'Giá trị không hợp lệ'
    case 'too_small':
      if (issue.origin === 'string') return `Nhập ít nhất ${fmt(issue.minimum)} ký tự`
      if (issue.origin === 'array') return 'Chọn ít nhất một mục'
      return `Giá trị nhỏ nhất là ${fmt(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `Tối đa ${fmt(issue.maximum)} ký tự`
      if (issue.origin === 'array') return `Tối đa ${fmt(issue.maximum)} mục`
      return `Giá trị lớn nhất là ${fmt(issue.maximum)}`
    case 'invalid_value':
      return 'Chọn một giá trị trong danh sách'
    case 'invalid_format':
      return 'Không đúng định dạng'
    case 'unrecognized_keys':
      return 'Có thông tin không thuộc hành vi tố tụng này'
    default:
      return 'Giá trị không hợp lệ'
  }
}

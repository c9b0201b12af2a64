// The grounds for detention (Điều 119 BLTTHS 2015), checked as a warning, never a refusal:
// the register records what the authority ordered, and the procuracy sees at once where the
// order does not fit the charge.
//
// Khoản 1: tạm giam có thể áp dụng đối với bị can, bị cáo về tội đặc biệt nghiêm trọng, tội
// rất nghiêm trọng. Khoản 2: về tội nghiêm trọng, tội ít nghiêm trọng mà BLHS quy định hình
// phạt tù trên 02 năm khi có căn cứ xác định người đó thuộc một trong các trường hợp a) – đ)
// (baonghean.vn, tracuuphapluat.info quoting the article). Khoản 3: về tội ít nghiêm trọng mà
// BLHS quy định hình phạt tù đến 02 năm chỉ khi họ tiếp tục phạm tội hoặc bỏ trốn và bị bắt theo
// quyết định truy nã — [law-text, not re-read: the wording of khoản 3 was not found in the
// stored pages]. Khoản 4 (phụ nữ có thai, người già yếu…) depends on facts the register does
// not hold and is not checked.
import { CRIME_CATEGORY_SHORT_LABELS } from '@/domain/deadlines/index.ts'
import { bracketOf } from '@/domain/penal-code/index.ts'
import { chargesInForce, classifyOrNull } from './charges-in-force.ts'
import type { RegisterEvent } from './types.ts'

export type GroundsWarning = { code: 'DETENTION_GROUNDS_MISSING' | 'DETENTION_GROUNDS_NOT_ALLOWED'; message: string }

const KHOAN_3_GROUNDS = new Set(['bo_tron', 'tiep_tuc_pham_toi'])

/** The warning for a detention order, from the charge in force for its subject when it was made; null when it fits. */
export const groundsWarning = (order: RegisterEvent, before: readonly RegisterEvent[]): GroundsWarning | null => {
  if (order.subjectId === null) return null
  const charge = chargesInForce([...before, order]).bySubject.get(order.subjectId)
  const classified = classifyOrNull(charge)
  if (!classified || classified.category === 'rat_nghiem_trong' || classified.category === 'dac_biet_nghiem_trong')
    return null
  const grounds = Array.isArray(order.data.grounds) ? (order.data.grounds as unknown[]).map(String) : []
  const bracket = bracketOf(classified.clause.highest)
  if (bracket.maxImprisonmentYears > 2) {
    if (grounds.length > 0) return null
    return {
      code: 'DETENTION_GROUNDS_MISSING',
      message: `Điều 119 khoản 2 BLTTHS 2015: tạm giam bị can về ${CRIME_CATEGORY_SHORT_LABELS[classified.category]} chỉ khi có một trong các căn cứ tại điểm a–đ; lệnh tạm giam chưa ghi căn cứ`,
    }
  }
  if (grounds.some((g) => KHOAN_3_GROUNDS.has(g))) return null
  return {
    code: 'DETENTION_GROUNDS_NOT_ALLOWED',
    message: `Điều 119 khoản 3 BLTTHS 2015: tội ít nghiêm trọng mà khung hình phạt cao nhất không quá 02 năm tù chỉ được tạm giam khi bị can tiếp tục phạm tội hoặc bỏ trốn và bị bắt theo quyết định truy nã`,
  }
}

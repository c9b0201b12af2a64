// Charges as people read them, from the Penal Code catalogue (src/domain/penal-code).
import type { Charge } from '@/domain/register/event-types.ts'
import { describeCharge } from '@/domain/penal-code/index.ts'

/** "Điều 173 khoản 2 điểm c BLHS – Tội trộm cắp tài sản"; an unknown article still reads as its numbers. */
export const describeChargeShort = (charge: Charge): string => {
  try {
    return describeCharge(charge)
  } catch {
    return `Điều ${charge.article} khoản ${charge.clause}${charge.point ? ` điểm ${charge.point}` : ''} BLHS`
  }
}

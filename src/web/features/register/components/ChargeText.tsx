import type { Charge } from '@/domain/register/event-types.ts'
import { usePenalArticle } from '../hooks/usePenalCode.ts'
import { chargeLabel } from '../utils/charges.ts'

/** A recorded charge with the crime's name from the Penal Code: "Điều 173 khoản 2 – Tội trộm cắp tài sản (nghiêm trọng)". */
export function ChargeText({ charge, offenceOn }: { charge: Charge; offenceOn?: string | null }) {
  const article = usePenalArticle(charge.article, offenceOn)
  return <>{chargeLabel(charge, article.data)}</>
}

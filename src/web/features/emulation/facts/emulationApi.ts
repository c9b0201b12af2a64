// The emulation facts' and history's requests (issue 14 items 2, 8), typed from what the server sends.
import { z } from 'zod'
import type { AwardCode, QualityRating } from '@/domain/emulation/vocabulary.ts'
import { request } from '@/web/shared/api/httpClient.ts'

export type RatingRow = {
  id: number
  rating: QualityRating | null
  absenceDays: number
  maternityDays: number
  note: string
}
export type FactsPerson = {
  id: number
  fullName: string
  title: string
  unitId: number
  serviceStart: string | null
  rating: RatingRow | null
  disciplines: { id: number; form: string; decidedOn: string }[]
  reviews: { id: number; openedOn: string; closedOn: string | null }[]
  initiatives: { id: number; title: string }[]
}
export type UnitFacts = {
  unit: { id: number; name: string }
  year: number
  canEdit: boolean
  collectiveRating: { id: number; rating: QualityRating } | null
  people: FactsPerson[]
}
export type AwardHeldView = {
  award: AwardCode
  year: number
  decisionNumber: string
  decidedOn: string
  revokedOn: string | null
}
export type Streak = { award: AwardCode; lastYear: number; streak: number; from: number }
export type PersonHistoryView = {
  person: { id: number; fullName: string; unitId: number }
  history: {
    serviceStart: string
    underDisciplinaryReview: boolean
    years: { year: number; unitId: number; unitName: string; rating: QualityRating | null; disciplines: unknown[] }[]
    awards: AwardHeldView[]
  }
  streaks: Streak[]
}
export type UnitHistoryView = {
  unit: { id: number; name: string }
  predecessors: { id: number; name: string }[]
  history: { years: { year: number; rating: QualityRating | null; members: unknown[] }[]; awards: AwardHeldView[] }
  streaks: Streak[]
}

const as = <T>() => z.any() as unknown as z.ZodType<T>

export const fetchUnitFacts = (unitId: number, year: number) =>
  request('/api/emulation/facts', { query: { unitId, year }, schema: as<UnitFacts>() })

export const saveRating = (
  existing: RatingRow | null,
  body: { personId: number; year: number; rating: QualityRating | null; absenceDays: number; maternityDays: number },
) =>
  existing
    ? request(`/api/emulation/ratings/${existing.id}`, {
        method: 'PUT',
        body: { ...body, note: existing.note },
        schema: as<RatingRow>(),
      })
    : request('/api/emulation/ratings', { method: 'POST', body, schema: as<RatingRow>() })

export const fetchPersonHistory = (id: number) =>
  request(`/api/emulation/history/people/${id}`, { schema: as<PersonHistoryView>() })

export const fetchUnitHistory = (id: number) =>
  request(`/api/emulation/history/units/${id}`, { schema: as<UnitHistoryView>() })

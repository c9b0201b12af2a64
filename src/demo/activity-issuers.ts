// Who signs each act of a demo matter on a given day, and the series its number belongs
// to. Before 01/7/2025 the district police, procuracy and court sign; after it the
// provincial police, the regional procuracy and the regional court (DOMAIN.md §1.1).
import type { IsoDate } from '@/domain/calendar/index.ts'
import { courtOf, investigatingBodyOf, procuracyAbbreviation, procuracyName } from '@/demo/activity-places.ts'
import { unitOn, type Draft, type Seat } from '@/demo/activity-timeline.ts'
import { REFORM_FIRST_DAY } from '@/demo/units.ts'

export type Issuer = Pick<Draft, 'body' | 'series'>

/** Cơ quan điều tra: decisions (QĐ), detention orders (LTG), investigation conclusions (KLĐT). */
export const police = (seat: Seat, on: IsoDate, economic: boolean, kind: 'QĐ' | 'LTG' | 'KLĐT' = 'QĐ'): Issuer => ({
  body: investigatingBodyOf(unitOn(seat, on), economic),
  series: `${kind}-CSĐT`,
})

/** The procuracy itself: decisions (QĐ), indictments (CT, cáo trạng), recommendations (KN). */
export const procuracy = (seat: Seat, on: IsoDate, kind: 'QĐ' | 'CT' | 'KN' = 'QĐ'): Issuer => {
  const unit = unitOn(seat, on)
  return { body: procuracyName(unit), series: `${kind}-${procuracyAbbreviation(unit)}` }
}

/** The court of first instance; `{y}` in a series is the year, as court numbers carry it ('12/2026/HS-ST'). */
export const court = (seat: Seat, on: IsoDate, series: string): Issuer => ({
  body: courtOf(unitOn(seat, on)),
  series: `{y}/${series}`,
})

const appellateBody = (unit: string, on: IsoDate): string => {
  // A provincial court's judgments went to the High Court until the 2025 reform, then to an appellate division of the Supreme Court.
  if (unit.includes('.P'))
    return on < REFORM_FIRST_DAY
      ? 'Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh'
      : 'Tòa Phúc thẩm Tòa án nhân dân tối cao tại Thành phố Hồ Chí Minh'
  return unit.startsWith('HG') ? 'Tòa án nhân dân tỉnh Hậu Giang' : 'Tòa án nhân dân thành phố Cần Thơ'
}

/** The court hearing appeals against the first-instance court's judgments. */
export const appellateCourt = (seat: Seat, on: IsoDate, series: string): Issuer => ({
  body: appellateBody(unitOn(seat, on), on),
  series: `{y}/${series}`,
})

export const noNumber = (body: string | null): Issuer => ({ body, series: null })

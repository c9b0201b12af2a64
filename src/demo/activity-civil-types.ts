// The kinds of civil and administrative case the demo draws, with how often each comes,
// how long the court takes, whether the procurator sits (BLTTDS Điều 21: non-contentious
// matters and some disputes; LTTHC: every administrative hearing) and how often it ends by
// a decision (the parties' agreement recognised, or the case terminated).
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { authority, honorific } from '@/demo/activity-subjects.ts'
import type { DemoSubject } from '@/demo/activity-types.ts'
import type { Random } from '@/demo/random.ts'

type PartyMaker = (random: Random, year: number, gender?: 'nam' | 'nu') => DemoSubject

export type CivilType = {
  kind: MatterKind
  weight: number
  /** Court number series: acceptance, judgment, decision, appeal ('{y}/' is prefixed). */
  acceptance: string
  judgmentSeries: string
  decisionSeries: string
  appealSeries: string
  /** Days from acceptance to the hearing or decision. */
  duration: readonly [number, number]
  attend: number
  decision: number
  parties: (random: Random, place: string, year: number, person: PartyMaker) => [DemoSubject, DemoSubject]
  title: (random: Random, first: DemoSubject, second: DemoSubject, place: string) => string
}

const two: CivilType['parties'] = (random, _place, year, person) => [person(random, year), person(random, year)]

const between = (subjects: string[]) => (random: Random, a: DemoSubject, b: DemoSubject) =>
  `${random.pick(subjects)} giữa ${honorific(a)} và ${honorific(b)}`

const civil = (fields: Omit<CivilType, 'kind' | 'appealSeries'> & { appealSeries?: string }): CivilType => ({
  kind: 'civil',
  appealSeries: fields.judgmentSeries.replace('-ST', '-PT'),
  ...fields,
})

export const CIVIL_TYPES: readonly CivilType[] = [
  civil({
    weight: 42,
    acceptance: 'TLST-DS',
    judgmentSeries: 'DS-ST',
    decisionSeries: 'QĐST-DS',
    duration: [60, 240],
    attend: 0.35,
    decision: 0.35,
    parties: two,
    title: between([
      'Tranh chấp hợp đồng vay tài sản',
      'Tranh chấp quyền sử dụng đất',
      'Tranh chấp hợp đồng chuyển nhượng quyền sử dụng đất',
      'Tranh chấp chia thừa kế quyền sử dụng đất',
      'Tranh chấp hợp đồng góp hụi',
      'Tranh chấp đòi lại tài sản',
      'Tranh chấp bồi thường thiệt hại ngoài hợp đồng',
    ]),
  }),
  civil({
    weight: 24,
    acceptance: 'TLST-HNGĐ',
    judgmentSeries: 'HNGĐ-ST',
    decisionSeries: 'QĐST-HNGĐ',
    duration: [30, 150],
    attend: 0.25,
    decision: 0.5,
    // The couple, of about the same age: most petitions are the wife's.
    parties: (random, _place, year, person) => {
      const [first, second] = random.chance(0.6)
        ? [person(random, year, 'nu'), person(random, year, 'nam')]
        : [person(random, year, 'nam'), person(random, year, 'nu')]
      const born = Math.min(year - 26, Math.max(year - 65, first.birthYear ?? year - 35))
      return [
        { ...first, birthYear: born },
        { ...second, birthYear: born + random.int(-6, 3) * (first.gender === 'nu' ? 1 : -1) },
      ]
    },
    title: between([
      'Ly hôn, tranh chấp nuôi con',
      'Ly hôn, tranh chấp chia tài sản chung khi ly hôn',
      'Ly hôn, tranh chấp nuôi con và cấp dưỡng',
    ]),
  }),
  civil({
    weight: 10,
    acceptance: 'TLST-VDS',
    judgmentSeries: 'QĐST-VDS',
    decisionSeries: 'QĐST-VDS',
    appealSeries: 'QĐPT-VDS',
    duration: [10, 40],
    attend: 1,
    decision: 1,
    parties: (random, _place, year, person) => [person(random, year, 'nam'), person(random, year, 'nu')],
    title: (random, a, b) =>
      `${random.pick(['Yêu cầu công nhận thuận tình ly hôn', 'Yêu cầu công nhận sự thỏa thuận nuôi con sau ly hôn'])} của ${honorific(a)} và ${honorific(b)}`,
  }),
  civil({
    weight: 8,
    acceptance: 'TLST-KDTM',
    judgmentSeries: 'KDTM-ST',
    decisionSeries: 'QĐST-KDTM',
    duration: [60, 200],
    attend: 0.2,
    decision: 0.3,
    parties: (random, place, year, person) => [
      authority(
        random.pick([
          `Quỹ tín dụng nhân dân ${place}`,
          'Công ty TNHH Thương mại Nông sản Phú Lợi',
          'Công ty cổ phần Vật tư Nông nghiệp Tây Đô',
        ]),
      ),
      person(random, year),
    ],
    title: between([
      'Tranh chấp hợp đồng tín dụng',
      'Tranh chấp hợp đồng mua bán hàng hóa',
      'Tranh chấp hợp đồng cung ứng vật tư nông nghiệp',
    ]),
  }),
  civil({
    weight: 3,
    acceptance: 'TLST-LĐ',
    judgmentSeries: 'LĐ-ST',
    decisionSeries: 'QĐST-LĐ',
    duration: [40, 120],
    attend: 0.2,
    decision: 0.4,
    parties: (random, _place, year, person) => [
      person(random, year),
      authority(random.pick(['Công ty TNHH Thủy sản Cửu Long Xanh', 'Công ty cổ phần Chế biến Gạo Vị Thanh'])),
    ],
    title: between([
      'Tranh chấp về đơn phương chấm dứt hợp đồng lao động',
      'Tranh chấp về tiền lương, bảo hiểm xã hội',
    ]),
  }),
  {
    kind: 'administrative',
    weight: 13,
    acceptance: 'TLST-HC',
    judgmentSeries: 'HC-ST',
    decisionSeries: 'QĐST-HC',
    appealSeries: 'HC-PT',
    duration: [60, 200],
    attend: 1,
    decision: 0.2,
    parties: (random, place, year, person) => [
      person(random, year),
      authority(random.pick([`Ủy ban nhân dân ${place}`, `Chủ tịch Ủy ban nhân dân ${place}`])),
    ],
    title: (random, a, b) =>
      `${honorific(a).replace(/^./, (c) => c.toUpperCase())} ${random.pick([
        'khởi kiện quyết định thu hồi đất, bồi thường, hỗ trợ tái định cư',
        'khởi kiện quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng',
        'khởi kiện quyết định cấp giấy chứng nhận quyền sử dụng đất',
        'khởi kiện hành vi hành chính trong quản lý đất đai',
      ])} của ${b.fullName}`,
  },
]

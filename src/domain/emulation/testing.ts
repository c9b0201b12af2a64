// Test support: hand-built histories for the conditions' tests (defaults: a person rated "hoàn thành
// tốt", no absence, no discipline; a collective of ten members all Lao động tiên tiến).
import type { AwardHeld, CollectiveHistory, CollectiveYearFacts, PersonHistory, PersonYearFacts } from './facts.ts'
import type { AwardCode, InitiativeScope } from './vocabulary.ts'

export const personYear = (year: number, extra: Partial<PersonYearFacts> = {}): PersonYearFacts => ({
  year,
  unitId: 1,
  rating: 'good',
  absenceDays: 0,
  maternityDays: 0,
  disciplines: [],
  initiatives: [],
  ...extra,
})

export const initiative = (year: number, scope: InitiativeScope = 'grassroots') => ({
  title: `Sáng kiến ${year}`,
  scope,
  decision: `Quyết định số ${year % 100}/QĐ-VKS ngày 20/10/${year}`,
  recognisedOn: `${year}-10-20`,
})

export const held = (award: AwardCode, year: number, extra: Partial<AwardHeld> = {}): AwardHeld => ({
  award,
  year,
  decisionNumber: `${year % 100}/QĐ-VKSTC`,
  decidedOn: `${year}-12-20`,
  revokedOn: null,
  ...extra,
})

export const person = (extra: Partial<PersonHistory> = {}): PersonHistory => ({
  personId: 7,
  fullName: 'Nguyễn Văn An',
  serviceStart: '2010-03-01',
  years: [],
  awards: [],
  underDisciplinaryReview: false,
  ...extra,
})

type Member = CollectiveYearFacts['members'][number]

export const member = (personId: number, extra: Partial<Member> = {}): Member => ({
  personId,
  rating: 'good',
  titles: ['lao_dong_tien_tien'],
  disciplines: [],
  ...extra,
})

export const members = (count: number, extra: Partial<Member> = {}): Member[] =>
  Array.from({ length: count }, (_, i) => member(i + 1, extra))

export const collectiveYear = (year: number, extra: Partial<CollectiveYearFacts> = {}): CollectiveYearFacts => ({
  year,
  rating: 'excellent',
  members: [...members(9), member(10, { rating: 'excellent', titles: ['chien_si_thi_dua_co_so'] })],
  plan: { targets: 10, targetsMet: 10, targetsExceeded: 3, tasks: 8, tasksDoneOnTime: 8 },
  ledBlock: false,
  ...extra,
})

export const collective = (extra: Partial<CollectiveHistory> = {}): CollectiveHistory => ({
  unitId: 100,
  name: 'VKSND khu vực 1',
  years: [],
  awards: [],
  ...extra,
})

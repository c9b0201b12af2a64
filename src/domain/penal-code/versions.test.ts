// The catalogue versioned by effective date, and BLHS Điều 7 worked by hand.
//
// Điều 7: khoản 1 — the text in force when the offence was committed applies; khoản 2 — a new
// crime or a heavier penalty does not reach back; khoản 3 — a text that removes a penalty or
// sets a lighter one does. Categories by Điều 9: ≤ 03 năm ít nghiêm trọng; > 03 ≤ 07 nghiêm
// trọng; > 07 ≤ 15 rất nghiêm trọng; > 15 ≤ 20, chung thân or tử hình đặc biệt nghiêm trọng.
import { describe, expect, it } from 'vitest'
import { applicableText, compareSeverity } from './applicable.ts'
import {
  findArticle,
  normaliseArticleId,
  PENAL_ARTICLES,
  PENAL_ARTICLE_TEXTS,
  searchArticles,
  textsOf,
} from './catalogue.ts'
import { classifyCharge } from './charges.ts'
import { PenalCodeError } from './errors.ts'
import type { PenalArticle } from './types.ts'

const hasDeath = (text: PenalArticle | undefined) => text?.clauses.some((c) => c.highest.kind === 'death') ?? false
const clauseOf = (text: PenalArticle | undefined, n: number) => text?.clauses.find((c) => c.clause === n)
const caught = (f: () => unknown): unknown => {
  try {
    f()
  } catch (error) {
    return error
  }
  return undefined
}

// Luật 86/2025/QH15 (in force 01/07/2025) removed the death penalty from these eight crimes.
const DEATH_REMOVED = ['109', '110', '114', '194', '250', '353', '354', '421']

describe('article ids and lookup by date', () => {
  it('reads ids as the code numbers them, old numbers included', () => {
    expect(normaliseArticleId(173)).toBe('173')
    expect(normaliseArticleId(' 217A ')).toBe('217a')
    expect(normaliseArticleId('256a')).toBe('256a')
    expect(normaliseArticleId('17b3')).toBeNull()
    expect(normaliseArticleId(0)).toBeNull()
    expect(normaliseArticleId(173.5)).toBeNull()
  })

  it('holds Điều 217a of the 2017 text, in chapter XVIII between 217 and 218', () => {
    // Inserted by Luật 12/2017/QH14, in force with the code on 01/01/2018.
    const text = findArticle('217a', '2019-05-01')
    expect(text).toMatchObject({
      article: '217a',
      number: 217,
      chapter: 'XVIII',
      inForceFrom: '2018-01-01',
      name: 'Tội vi phạm quy định về kinh doanh theo phương thức đa cấp',
    })
    // Khoản 1: tù 06 tháng – 02 năm (≤ 03) → ít nghiêm trọng; khoản 2: tù 01 – 05 năm (> 03 ≤ 07) → nghiêm trọng.
    expect(classifyCharge({ article: '217a', clause: 1 }, { offenceOn: '2019-05-01' }).category).toBe('it_nghiem_trong')
    expect(classifyCharge({ article: '217a', clause: 2 }, { offenceOn: '2019-05-01' }).category).toBe('nghiem_trong')
    const ids = PENAL_ARTICLES.map((a) => a.article)
    expect(ids.indexOf('217a')).toBeGreaterThan(ids.indexOf('207'))
    expect(ids.indexOf('217a')).toBeLessThan(ids.indexOf('227'))
  })

  it('has Điều 256a only from 01/07/2025', () => {
    expect(findArticle('256a', '2025-06-30')).toBeUndefined()
    expect(findArticle('256a', '2025-07-01')).toMatchObject({
      article: '256a',
      number: 256,
      chapter: 'XX',
      law: 'Luật 86/2025/QH15',
    })
    expect(findArticle('256a')?.name).toBe('Tội sử dụng trái phép chất ma túy')
    expect(textsOf('256a')).toHaveLength(1)
  })

  it('gives each date the text in force that day; without a date the current text', () => {
    // Điều 194 khoản 4: tử hình until 30/06/2025, tù chung thân from 01/07/2025.
    expect(clauseOf(findArticle('194', '2025-06-30'), 4)?.highest).toEqual({ kind: 'death' })
    expect(clauseOf(findArticle('194', '2025-07-01'), 4)?.highest).toEqual({ kind: 'life_imprisonment' })
    expect(clauseOf(findArticle('194'), 4)?.highest).toEqual({ kind: 'life_imprisonment' })
    // An unamended article has one text, which also stands for dates before 2018.
    expect(textsOf('173')).toHaveLength(1)
    expect(findArticle('173', '2016-05-01')?.inForceFrom).toBe('2018-01-01')
    expect(findArticle('999')).toBeUndefined()
    // Điều 292 was repealed by Luật 12/2017/QH14 before the code took effect: never in force.
    expect(findArticle('292')).toBeUndefined()
  })

  it('keeps one current text per article, and every text of an amended one', () => {
    const ids = PENAL_ARTICLES.map((a) => a.article)
    expect(new Set(ids).size).toBe(ids.length)
    expect(textsOf('249').map((t) => t.inForceFrom)).toEqual(['2018-01-01', '2025-07-01'])
    expect(PENAL_ARTICLE_TEXTS.length).toBe(PENAL_ARTICLES.length + 10) // 10 amended articles keep their 2017 text; 256a is new
  })
})

describe('the 2025 amendment: death removed from eight crimes', () => {
  it.each(DEATH_REMOVED)(
    'Điều %s: tử hình until 30/06/2025, not from 01/07/2025, still đặc biệt nghiêm trọng',
    (id) => {
      expect(hasDeath(findArticle(id, '2025-06-30'))).toBe(true)
      const after = findArticle(id, '2025-07-01')
      expect(hasDeath(after)).toBe(false)
      // The bracket that had death now reaches life imprisonment: still đặc biệt nghiêm trọng (Điều 9).
      const top = after!.clauses.find((c) => c.highest.kind === 'life_imprisonment')
      expect(top).toBeDefined()
      expect(classifyCharge({ article: id, clause: top!.clause }, { offenceOn: '2025-07-01' }).category).toBe(
        'dac_biet_nghiem_trong',
      )
    },
  )

  it('removed death from exactly those eight among the catalogued articles', () => {
    const removed = PENAL_ARTICLES.filter((a) => hasDeath(textsOf(a.article)[0]) && !hasDeath(a)).map((a) => a.article)
    expect(removed).toEqual(DEATH_REMOVED)
    // The ten crimes that keep it include these (e.g. giết người, mua bán ma túy, phản bội Tổ quốc).
    for (const id of ['108', '123', '248', '251']) expect(hasDeath(findArticle(id)), `Điều ${id}`).toBe(true)
  })
})

describe('BLHS Điều 7, by hand', () => {
  it('khoản 3: an Art. 194 khoản 4 offence of 2024 is judged by the 2025 text (death removed), still đặc biệt nghiêm trọng', () => {
    // Offence 10/03/2024: in force then, khoản 4 "tù 20 năm, tù chung thân hoặc tử hình". The 2025
    // text removes tử hình — "xóa bỏ … một hình phạt" — so it applies to the earlier offence.
    // Highest penalty then tù chung thân → đặc biệt nghiêm trọng (Điều 9).
    const reading = classifyCharge({ article: '194', clause: 4 }, { offenceOn: '2024-03-10' })
    expect(reading.retroactive).toBe(true)
    expect(reading.atOffence.inForceFrom).toBe('2018-01-01')
    expect(reading.article.inForceFrom).toBe('2025-07-01')
    expect(reading.clause.highest).toEqual({ kind: 'life_imprisonment' })
    expect(reading.category).toBe('dac_biet_nghiem_trong')
  })

  it('khoản 3 reaches only laws in force when the charge is decided', () => {
    // Điều 353 khoản 4, offence 2023, decided 01/05/2025: the 2025 law was not yet in force → tử hình stands.
    const before = classifyCharge({ article: '353', clause: 4 }, { offenceOn: '2023-02-01', decidedOn: '2025-05-01' })
    expect(before.clause.highest).toEqual({ kind: 'death' })
    expect(before.retroactive).toBe(false)
    // Decided on 15/07/2025 the lighter text applies.
    expect(
      classifyCharge({ article: '353', clause: 4 }, { offenceOn: '2023-02-01', decidedOn: '2025-07-15' }).clause
        .highest,
    ).toEqual({ kind: 'life_imprisonment' })
  })

  it('khoản 2: the raised minimum of Art. 249 and 251 khoản 1 does not reach back', () => {
    // Điều 249 khoản 1, offence 01/03/2025: 2017 text "tù 01 – 05 năm"; 2025 text "tù 03 – 05 năm" is heavier
    // (same top, higher bottom) → the 2017 text applies. Top 05 năm (> 03 ≤ 07) → nghiêm trọng either way.
    const early = applicableText('249', 1, '2025-03-01')
    expect(early.applied.inForceFrom).toBe('2018-01-01')
    expect(early.appliedClause.lowestYears).toBe(1)
    expect(early.retroactive).toBe(false)
    expect(early.current.inForceFrom).toBe('2025-07-01')
    expect(classifyCharge({ article: '249', clause: 1 }, { offenceOn: '2025-03-01' }).category).toBe('nghiem_trong')
    // Offence 01/08/2025: the 2025 text is the one in force (khoản 1).
    expect(applicableText('249', 1, '2025-08-01').appliedClause.lowestYears).toBe(3)
    // Điều 251 khoản 1, offence 2024: "tù 02 – 07 năm" stays, not the raised minimum.
    const sale = applicableText('251', 1, '2024-11-20')
    expect(sale.applied.inForceFrom).toBe('2018-01-01')
    expect(sale.appliedClause.lowestYears).toBe(2)
  })

  it('khoản 2: an Art. 256a charge for an offence before 01/07/2025 is refused in Vietnamese', () => {
    const error = caught(() => classifyCharge({ article: '256a', clause: 1 }, { offenceOn: '2025-06-30' }))
    expect(error).toBeInstanceOf(PenalCodeError)
    expect(error).toMatchObject({
      code: 'PENAL_CODE_NOT_IN_FORCE',
      details: { article: '256a', clause: 1, part: 'article' },
    })
    expect((error as Error).message).toBe(
      'Điều 256a BLHS (Tội sử dụng trái phép chất ma túy) có hiệu lực từ ngày 01/07/2025 (Luật 86/2025/QH15), không áp dụng đối với hành vi thực hiện trước ngày đó ' +
        '(Điều 7 khoản 2 BLHS: điều luật quy định một tội phạm mới không có hiệu lực hồi tố)',
    )
  })

  it('accepts Art. 256a from its first day: khoản 1 tù 02 – 03 năm ít nghiêm trọng, khoản 2 (tái phạm) tù 03 – 05 năm nghiêm trọng', () => {
    expect(classifyCharge({ article: '256a', clause: 1 }, { offenceOn: '2025-07-01' }).category).toBe('it_nghiem_trong')
    expect(classifyCharge({ article: '256a', clause: 2 }, { offenceOn: '2026-01-15' }).category).toBe('nghiem_trong')
    expect(() => classifyCharge({ article: '256a', clause: 3 }, { offenceOn: '2026-01-15' })).toThrow(
      /không có khoản 3 quy định khung hình phạt/,
    )
  })

  it('khoản 1: an unamended article reads the same whatever the date', () => {
    const reading = classifyCharge({ article: '173', clause: 2 }, { offenceOn: '2021-04-04' })
    expect(reading).toMatchObject({ category: 'nghiem_trong', retroactive: false })
    expect(reading.article).toBe(reading.current)
  })

  it('orders brackets by the highest penalty, then by the shortest term', () => {
    const c = (highest: PenalArticle['clauses'][number]['highest'], lowestYears?: number) => ({
      clause: 1,
      highest,
      preparation: false,
      ...(lowestYears === undefined ? {} : { lowestYears }),
    })
    expect(compareSeverity(c({ kind: 'life_imprisonment' }), c({ kind: 'death' }))).toBeLessThan(0)
    expect(compareSeverity(c({ kind: 'imprisonment', years: 20 }), c({ kind: 'life_imprisonment' }))).toBeLessThan(0)
    expect(compareSeverity(c({ kind: 'non_custodial' }), c({ kind: 'imprisonment', years: 1 }))).toBeLessThan(0)
    expect(
      compareSeverity(c({ kind: 'imprisonment', years: 5 }, 3), c({ kind: 'imprisonment', years: 5 }, 1)),
    ).toBeGreaterThan(0)
    expect(compareSeverity(c({ kind: 'imprisonment', years: 5 }), c({ kind: 'imprisonment', years: 5 }, 1))).toBe(0)
  })
})

describe('searchArticles with inserted articles', () => {
  const ids = (q: string) => searchArticles(q).map((a) => a.article)

  it('finds an inserted article by its id, and after its base article by the digits', () => {
    expect(ids('217a')).toEqual(['217a'])
    expect(ids('Điều 256A')).toEqual(['256a'])
    expect(ids('256')).toEqual(['256', '256a'])
    expect(ids('su dung trai phep chat ma tuy')).toContain('256a')
    expect(ids('da cap')).toEqual(['217a'])
  })

  it('shows the current text: Điều 250 without the death penalty', () => {
    expect(hasDeath(searchArticles('250')[0])).toBe(false)
  })
})

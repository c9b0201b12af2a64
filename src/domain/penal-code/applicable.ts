// Which text of an article a charge is judged by: BLHS 2015 Điều 7 (hiệu lực của Bộ luật
// Hình sự về thời gian), encoded here once.
//
//   "1. Điều luật được áp dụng đối với một hành vi phạm tội là điều luật đang có hiệu lực thi
//   hành tại thời điểm mà hành vi phạm tội được thực hiện.
//   2. Điều luật quy định một tội phạm mới, một hình phạt nặng hơn, … và quy định khác không có
//   lợi cho người phạm tội, thì không được áp dụng đối với hành vi phạm tội đã thực hiện trước
//   khi điều luật đó có hiệu lực thi hành.
//   3. Điều luật xóa bỏ một tội phạm, một hình phạt, …, quy định một hình phạt nhẹ hơn, … và quy
//   định khác có lợi cho người phạm tội, thì được áp dụng đối với hành vi phạm tội đã thực hiện
//   trước khi điều luật đó có hiệu lực thi hành."
//   [confirmed: https://luatsutotung.com/xac-dinh-dieu-luat-ap-dung-doi-voi-toi-pham-theo-nguyen-tac-thoi-gian.html quotes Điều 7;
//   https://sjklaw.vn/hieu-luc-ve-thoi-gian-cua-bo-luat-hinh-su gives khoản 1 in the same words]
//
// So: the text in force on the offence date (khoản 1); an article that did not exist then is
// refused (khoản 2, "một tội phạm mới"); a later text applies instead only where its bracket for
// the clause charged is lighter (khoản 3, "xóa bỏ … một hình phạt", "một hình phạt nhẹ hơn") —
// a heavier or equal later bracket never reaches back (khoản 2).
//
// Simplifications, on purpose: brackets are compared clause by clause under the same clause
// number (true of every 2025 amendment catalogued); only the bracket is compared (highest
// penalty, then the shortest prison term where both texts record it), not the elements of
// the offence; an article repealed later (xóa bỏ một tội phạm) is not modelled, the
// catalogue has none.
import { textsOf } from './catalogue.ts'
import { PenalCodeError } from './errors.ts'
import type { ArticleId, HighestPenalty, PenalArticle, PenalClause } from './types.ts'

const RANK: Record<HighestPenalty['kind'], number> = {
  non_custodial: 0,
  imprisonment: 1,
  life_imprisonment: 2,
  death: 3,
}

/**
 * Negative when bracket `a` is lighter than `b`, positive when heavier, 0 when the catalogue
 * cannot tell them apart: the highest penalty first, then the shortest prison term.
 */
export const compareSeverity = (a: PenalClause, b: PenalClause): number => {
  const byKind = RANK[a.highest.kind] - RANK[b.highest.kind]
  if (byKind !== 0) return byKind
  if (a.highest.kind === 'imprisonment' && b.highest.kind === 'imprisonment' && a.highest.years !== b.highest.years)
    return a.highest.years - b.highest.years
  if (a.lowestYears !== undefined && b.lowestYears !== undefined) return a.lowestYears - b.lowestYears
  return 0
}

export type AppliedText = {
  /** The text the charge is judged by: the one in force at the offence, or a lighter later one. */
  applied: PenalArticle
  appliedClause: PenalClause
  /** The text in force when the offence was committed (Điều 7 khoản 1). */
  atOffence: PenalArticle
  /** The newest text (up to `decidedOn` when given): what the catalogue shows today. */
  current: PenalArticle
  /** A later, lighter text is applied to an earlier offence (Điều 7 khoản 3). */
  retroactive: boolean
}

const viDate = (iso: string): string => iso.split('-').reverse().join('/')

const unknownArticle = (article: ArticleId, clause: number) =>
  new PenalCodeError('PENAL_CODE_UNKNOWN_CHARGE', `Điều ${article} BLHS chưa có trong danh mục tội danh của hệ thống`, {
    article,
    clause,
    part: 'article',
  })

/**
 * The text a charge of `article` khoản `clause` is judged by, for an offence committed on
 * `offenceOn` and decided on `decidedOn` (ISO dates). Without `offenceOn` the offence is taken
 * as recent: the current text. Throws PenalCodeError: PENAL_CODE_UNKNOWN_CHARGE for an article
 * or clause outside the catalogue, PENAL_CODE_NOT_IN_FORCE for an article that did not yet
 * exist on the offence date.
 */
export const applicableText = (
  article: ArticleId,
  clause: number,
  offenceOn?: string,
  decidedOn?: string,
): AppliedText => {
  const all = textsOf(article)
  if (all.length === 0) throw unknownArticle(article, clause)
  const known = decidedOn === undefined ? all : all.filter((t, i) => i === 0 || t.inForceFrom <= decidedOn)
  const current = known[known.length - 1]!
  // Khoản 1: the text in force on the offence date; the 2017 text stands for any date before it.
  const inForce = offenceOn === undefined ? [current] : known.filter((t) => t.inForceFrom <= offenceOn)
  const first = known[0]!
  const atOffence = inForce[inForce.length - 1] ?? (first.inForceFrom <= '2018-01-01' ? first : undefined)
  if (!atOffence) {
    // Khoản 2: "Điều luật quy định một tội phạm mới … không được áp dụng đối với hành vi phạm tội đã thực hiện trước khi điều luật đó có hiệu lực thi hành."
    throw new PenalCodeError(
      'PENAL_CODE_NOT_IN_FORCE',
      `Điều ${article} BLHS (${first.name}) có hiệu lực từ ngày ${viDate(first.inForceFrom)} (${first.law}), không áp dụng đối với hành vi thực hiện trước ngày đó ` +
        '(Điều 7 khoản 2 BLHS: điều luật quy định một tội phạm mới không có hiệu lực hồi tố)',
      { article, clause, part: 'article' },
    )
  }
  const offenceClause = atOffence.clauses.find((c) => c.clause === clause)
  if (!offenceClause) {
    const list = atOffence.clauses.map((c) => c.clause).join(', ')
    throw new PenalCodeError(
      'PENAL_CODE_UNKNOWN_CHARGE',
      `Điều ${article} BLHS không có khoản ${clause} quy định khung hình phạt (các khoản có khung hình phạt: ${list})`,
      { article, clause, part: 'clause' },
    )
  }
  // Khoản 3: a later text whose bracket is lighter reaches back; the lightest wins, the earliest on a tie.
  let applied = atOffence
  let appliedClause = offenceClause
  for (const later of known.filter((t) => t.inForceFrom > atOffence.inForceFrom)) {
    const laterClause = later.clauses.find((c) => c.clause === clause)
    if (laterClause && compareSeverity(laterClause, appliedClause) < 0) {
      applied = later
      appliedClause = laterClause
    }
  }
  return { applied, appliedClause, atOffence, current, retroactive: applied !== atOffence }
}

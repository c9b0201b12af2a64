// Lương cơ sở (the base salary): the base of every cash multiple of a title or reward (DOMAIN.md
// §7.1, §7.3). Data with its effective dates; an amount uses the base salary in force on the
// decision date (amount.ts).
import { EmulationError } from './errors.ts'

export type BaseSalaryPeriod = {
  /** First day in force (yyyy-mm-dd); the period runs until the next one starts. */
  validFrom: string
  /** Đồng per month. */
  amount: number
  /** The decree that set it. */
  source: string
  confirmation: 'confirmed' | 'news' | 'unconfirmed'
  note: string
}

/**
 * The base salaries since 2019, oldest first. The figures and dates are the decrees' as the press
 * and the Ministry of Home Affairs report them [news]; the decrees' own text was not read here.
 */
export const BASE_SALARY_TABLE: readonly BaseSalaryPeriod[] = [
  {
    validFrom: '2019-07-01',
    amount: 1_490_000,
    source: 'Nghị định 38/2019/NĐ-CP, Điều 3',
    confirmation: 'news',
    note: 'Mức lương cơ sở 1.490.000 đồng/tháng từ 01/7/2019 (theo tin báo chí, chưa đối chiếu văn bản)',
  },
  {
    validFrom: '2023-07-01',
    amount: 1_800_000,
    source: 'Nghị định 24/2023/NĐ-CP, Điều 3',
    confirmation: 'news',
    note: 'Mức lương cơ sở 1.800.000 đồng/tháng từ 01/7/2023 (theo tin báo chí, chưa đối chiếu văn bản)',
  },
  {
    validFrom: '2024-07-01',
    amount: 2_340_000,
    source: 'Nghị định 73/2024/NĐ-CP, Điều 3',
    confirmation: 'news',
    note: 'Mức lương cơ sở 2.340.000 đồng/tháng từ 01/7/2024 (DOMAIN.md §7.1 [news])',
  },
]

/** The period in force on `date`: the latest whose validFrom is on or before it. */
export function baseSalaryPeriodOn(
  date: string,
  table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE,
): BaseSalaryPeriod {
  let found: BaseSalaryPeriod | undefined
  for (const period of table) {
    if (period.validFrom <= date && (found === undefined || period.validFrom > found.validFrom)) found = period
  }
  if (found === undefined) {
    throw new EmulationError('EMULATION_NO_BASE_SALARY', `Không có mức lương cơ sở áp dụng vào ngày ${date}.`, {
      date,
    })
  }
  return found
}

/** The base salary (đồng per month) in force on `date`. */
export function baseSalaryOn(date: string, table: readonly BaseSalaryPeriod[] = BASE_SALARY_TABLE): number {
  return baseSalaryPeriodOn(date, table).amount
}

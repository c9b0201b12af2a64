import { openingStatisticsYear } from '@/domain/indicators/opening-year.ts'
import { statisticsYearKey } from '@/web/features/indicators/utils/periods.ts'

/** The period the home's figures are for: the one the dashboard opens on (in December, the year just ended). */
export const homePeriod = (today: string): string => statisticsYearKey(openingStatisticsYear(today).year)

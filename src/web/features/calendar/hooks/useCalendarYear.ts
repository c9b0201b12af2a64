import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchCalendarYear } from '../api/calendarApi.ts'

/** The year's days off and make-up working days; the previous year stays on screen while the next loads. */
export const useCalendarYear = (year: number) =>
  useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => fetchCalendarYear(year),
    placeholderData: keepPreviousData,
  })

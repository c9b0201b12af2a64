import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchOfficialEntries } from '../api/calendarApi.ts'

/** The official entries of a year, for administrators (the server refuses everyone else). */
export const useOfficialEntries = (year: number, enabled: boolean) =>
  useQuery({
    queryKey: ['calendar', 'official', year],
    queryFn: () => fetchOfficialEntries(year),
    enabled,
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  })

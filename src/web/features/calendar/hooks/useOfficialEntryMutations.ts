import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type { ConfirmCalendarYear, CreateOfficialCalendarEntry } from '@/shared/api/calendar.ts'
import {
  confirmCalendarYear,
  createOfficialEntry,
  deleteOfficialEntry,
  updateOfficialEntry,
  withdrawCalendarYearConfirmation,
} from '../api/calendarApi.ts'

// A change of the official calendar moves deadlines: every view of them is stale too.
const refreshAfterChange = (queryClient: QueryClient) =>
  Promise.all(
    ['calendar', 'deadlines', 'matters', 'matter', 'audit'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  )

type SaveOfficialEntryInput = { id: number | null; expectedUpdatedAt: string | null; data: CreateOfficialCalendarEntry }

/** Adds an official entry (id null) or saves changes to one; the answer lists the deadlines that moved. */
export const useSaveOfficialEntry = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, expectedUpdatedAt, data }: SaveOfficialEntryInput) =>
      id === null ? createOfficialEntry(data) : updateOfficialEntry(id, expectedUpdatedAt ?? undefined, data),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

/** Removes an official entry; the answer lists the deadlines that moved. */
export const useDeleteOfficialEntry = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => deleteOfficialEntry(id),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

/** Confirms a year (or corrects its decision); the answer lists the deadlines that moved. */
export const useConfirmCalendarYear = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: ConfirmCalendarYear }) => confirmCalendarYear(year, body),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

/** Withdraws a year's confirmation: its computed nghỉ bù apply again. */
export const useWithdrawCalendarYear = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (year: number) => withdrawCalendarYearConfirmation(year),
    onSuccess: () => refreshAfterChange(queryClient),
  })
}

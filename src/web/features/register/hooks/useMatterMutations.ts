import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import type { EventInput, MatterDetail, SubjectInput } from '@/shared/api/register.ts'
import { addSubject, createMatter, recordEvent, voidEvent } from '../api/registerApi.ts'
import { matterQueryOptions } from './matterQuery.ts'

// Every write answers with the whole matter: keep it, and let the lists and deadline views reload.
const onMatterSaved = async (queryClient: QueryClient, matter: MatterDetail) => {
  queryClient.setQueryData(matterQueryOptions(matter.id).queryKey, matter)
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['matters'] }),
    queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
  ])
}

export const useCreateMatter = () => {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createMatter, onSuccess: (matter) => onMatterSaved(queryClient, matter) })
}

export const useRecordEvent = (matterId: number) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: EventInput) => recordEvent(matterId, body),
    onSuccess: (matter) => onMatterSaved(queryClient, matter),
  })
}

export const useVoidEvent = (matterId: number) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ eventId, reason }: { eventId: number; reason: string }) => voidEvent(matterId, eventId, reason),
    onSuccess: (matter) => onMatterSaved(queryClient, matter),
  })
}

export const useAddSubject = (matterId: number) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SubjectInput) => addSubject(matterId, body),
    onSuccess: (matter) => onMatterSaved(queryClient, matter),
  })
}

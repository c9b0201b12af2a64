import { useState } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { Person, UpdatePerson } from '@/shared/api/people.ts'
import { isApiError } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi } from '@/web/shared/form/fieldErrors.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { personQueryOptions } from './personQuery.ts'
import { useUpdatePerson } from './useUpdatePerson.ts'

type SaveOutcome = { ok: true } | { ok: false; fieldErrors: FieldErrors; error: unknown }

/** Saves part of a person (account, password) and turns a stale-write conflict into a reload. */
export const useSavePersonPart = (person: Person) => {
  const queryClient = useQueryClient()
  const update = useUpdatePerson(person.id)
  const [conflict, setConflict] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)

  const save = async (data: UpdatePerson['data']): Promise<SaveOutcome> => {
    setFailure(null)
    try {
      await update.mutateAsync({ expectedUpdatedAt: person.updatedAt, data })
      setConflict(false)
      return { ok: true }
    } catch (error) {
      if (isApiError(error) && error.code === 'CONFLICT_STALE') {
        setConflict(true)
        await queryClient.invalidateQueries({ queryKey: personQueryOptions(person.id).queryKey })
        return { ok: false, fieldErrors: {}, error }
      }
      setFailure(error)
      return { ok: false, fieldErrors: isApiError(error) ? fieldErrorsFromApi(error) : {}, error }
    }
  }

  return { save, pending: update.isPending, conflict, failure }
}

import { useQuery } from '@tanstack/react-query'
import { personQueryOptions } from './personQuery.ts'

export const usePerson = (id: number) =>
  useQuery({ ...personQueryOptions(id), enabled: Number.isInteger(id) && id > 0 })

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchMatters } from '../api/registerApi.ts'
import type { MatterListParams } from '../api/registerApi.ts'

export const useMatters = (params: MatterListParams) =>
  useQuery({ queryKey: ['matters', params], queryFn: () => fetchMatters(params), placeholderData: keepPreviousData })

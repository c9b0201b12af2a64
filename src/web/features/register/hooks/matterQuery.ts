import { queryOptions } from '@tanstack/react-query'
import { fetchMatter } from '../api/registerApi.ts'

export const matterQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['matter', id], queryFn: () => fetchMatter(id) })

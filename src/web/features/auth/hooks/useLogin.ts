import { useMutation, useQueryClient } from '@tanstack/react-query'
import { login } from '../api/authApi.ts'
import { ME_QUERY_KEY } from './meQuery.ts'

export const useLogin = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] })
      queryClient.setQueryData(ME_QUERY_KEY, me)
    },
  })
}

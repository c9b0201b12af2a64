import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { logout } from '../api/authApi.ts'
import { ME_QUERY_KEY } from './meQuery.ts'

export const useLogout = () => {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      // Forget the user first: the sign-in page sends a known user straight back home.
      queryClient.setQueryData(ME_QUERY_KEY, null)
      await navigate({ to: '/dang-nhap', replace: true })
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] })
    },
  })
}

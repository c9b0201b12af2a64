import { useMutation } from '@tanstack/react-query'
import { changePassword } from '../api/authApi.ts'

export const useChangePassword = () => useMutation({ mutationFn: changePassword })

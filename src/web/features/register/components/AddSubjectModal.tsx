import { useState } from 'react'
import { Alert, Group, Modal, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { FormEvent } from 'react'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'
import { DialogActions } from '@/web/shared/components/DialogActions.tsx'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { fieldErrorsFromApi } from '@/web/shared/form/fieldErrors.ts'
import type { FieldErrors } from '@/web/shared/form/fieldErrors.ts'
import { useAddSubject } from '../hooks/useMatterMutations.ts'
import { SUBJECT_TERMS } from '../utils/labels.ts'
import { checkSubject, emptySubject } from '../utils/subjectForm.ts'
import type { SubjectFormValues } from '../utils/subjectForm.ts'
import { SubjectInputs } from './SubjectInputs.tsx'

type AddSubjectModalProps = { matterId: number; kind: MatterKind; opened: boolean; onClose: () => void }

export function AddSubjectModal({ matterId, kind, opened, onClose }: AddSubjectModalProps) {
  const add = useAddSubject(matterId)
  const [values, setValues] = useState<SubjectFormValues>(emptySubject)
  const [errors, setErrors] = useState<FieldErrors>({})
  const term = SUBJECT_TERMS[kind].one

  const close = () => {
    setValues(emptySubject())
    setErrors({})
    add.reset()
    onClose()
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const check = checkSubject(values)
    setErrors(check.errors)
    if (!check.payload) return
    try {
      await add.mutateAsync(check.payload)
      notifications.show({ color: 'green', title: `Đã thêm ${term}`, message: check.payload.fullName })
      close()
    } catch (error) {
      if (isApiError(error)) setErrors(fieldErrorsFromApi(error))
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={`Thêm ${term}`} centered size="lg">
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="add-subject-form">
        <Stack gap="md">
          {add.isError && needsSummary(add.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(add.error)}
            </Alert>
          ) : null}
          <Group gap="sm" align="flex-start" wrap="wrap">
            <SubjectInputs
              values={values}
              errors={errors}
              onChange={(patch) => {
                setValues((v) => ({ ...v, ...patch }))
                setErrors({})
              }}
            />
          </Group>
          <DialogActions
            onCancel={close}
            confirmLabel={`Thêm ${term}`}
            pending={add.isPending}
            testId="add-subject-save"
          />
        </Stack>
      </form>
    </Modal>
  )
}

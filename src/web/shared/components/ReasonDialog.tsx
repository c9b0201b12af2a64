import { useState, type FormEvent, type ReactNode } from 'react'
import type { z } from 'zod'
import { Alert, Modal, Stack, Text, Textarea } from '@mantine/core'
import { errorMessage, isApiError, needsSummary } from '@/web/shared/api/ApiError.ts'
import { issueMessage } from '@/shared/validation/vietnamese-issues.ts'
import { fieldErrorsFromApi } from '@/web/shared/form/fieldErrors.ts'
import { DialogActions } from './DialogActions.tsx'

type ReasonDialogProps = {
  opened: boolean
  title: string
  /** What the action does, shown above the reason. */
  description: ReactNode
  reasonLabel: string
  maxLength?: number
  cancelLabel: string
  confirmLabel: string
  /** The reason checked by the same schema the server applies: its first message, or the reason. */
  validate: (reason: string) => { reason: string } | { message: string | undefined }
  /** Sends the reason; throws the API's error when the server refuses it. */
  submit: (reason: string) => Promise<void>
  mutation: { isPending: boolean; isError: boolean; error: unknown; reset: () => void }
  onClose: () => void
  testIds: { form: string; reason?: string; confirm: string }
}

/**
 * An action that needs a written reason (voiding an act, withdrawing a target): the reason is
 * kept with the record, the server's message for it is shown on the field, any other refusal
 * above it, and closing forgets what was typed.
 */
export function ReasonDialog({
  opened,
  title,
  description,
  reasonLabel,
  maxLength,
  cancelLabel,
  confirmLabel,
  validate,
  submit,
  mutation,
  onClose,
  testIds,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()

  const close = () => {
    setReason('')
    setError(undefined)
    mutation.reset()
    onClose()
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const checked = validate(reason)
    if ('message' in checked) return setError(checked.message)
    try {
      await submit(checked.reason)
      close()
    } catch (err) {
      if (isApiError(err)) setError(fieldErrorsFromApi(err).reason)
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="lg">
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid={testIds.form}>
        <Stack gap="md">
          <Text size="sm">{description}</Text>
          {mutation.isError && needsSummary(mutation.error) ? (
            <Alert role="alert" color="red" variant="light">
              {errorMessage(mutation.error)}
            </Alert>
          ) : null}
          <Textarea
            label={reasonLabel}
            required
            autosize
            minRows={3}
            {...(maxLength === undefined ? {} : { maxLength })}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value)
              setError(undefined)
            }}
            {...(testIds.reason ? { 'data-testid': testIds.reason } : {})}
          />
          <DialogActions
            onCancel={close}
            cancelLabel={cancelLabel}
            confirmLabel={confirmLabel}
            pending={mutation.isPending}
            danger
            testId={testIds.confirm}
          />
        </Stack>
      </form>
    </Modal>
  )
}

/** A zod schema's answer for one reason, in the shape ReasonDialog expects. */
export const checkReason =
  (schema: z.ZodType<{ reason: string }, { reason: string }>) =>
  (reason: string): { reason: string } | { message: string | undefined } => {
    const parsed = schema.safeParse({ reason }, { reportInput: true })
    const issue = parsed.error?.issues[0]
    return parsed.success ? { reason: parsed.data.reason } : { message: issue ? issueMessage(issue) : undefined }
  }

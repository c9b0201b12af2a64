import { useEffect, useState, type FormEvent } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import { SearchText } from '@/shared/api/common.ts'
import { issueMessage } from '@/shared/validation/vietnamese-issues.ts'

/**
 * A list's search box: typing searches after a short pause, Enter at once; the text is checked
 * with the server's own rule (runs of spaces folded, at most 100 characters), so a text over
 * the limit is named beside the box and never sent — the list keeps its last answer.
 */
export const useSearchBox = (current: string | undefined, search: (q: string | undefined) => void) => {
  const [text, setText] = useState(current ?? '')
  const [debounced] = useDebouncedValue(text, 350)
  const checked = SearchText.safeParse(text, { reportInput: true })
  const issue = checked.error?.issues[0]
  const error = issue ? issueMessage(issue) : null

  const commit = (value: string) => {
    const parsed = SearchText.safeParse(value)
    if (!parsed.success) return
    const q = parsed.data || undefined
    if (q !== current) search(q)
  }

  useEffect(() => commit(debounced), [debounced]) // only a new debounced value triggers a search

  // The URL changed from elsewhere (a link, Back): show its value in the box.
  useEffect(() => {
    if ((current ?? '') !== SearchText.safeParse(debounced).data) setText(current ?? '')
  }, [current]) // not on debounced: that would undo keystrokes made while a search is in flight

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    commit(text)
  }

  return { text, setText, error, onSubmit }
}

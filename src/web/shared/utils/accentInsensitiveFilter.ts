import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core'
import { foldVietnamese } from '@/shared/text.ts'

const isGroup = (item: ComboboxParsedItem): item is { group: string; items: ComboboxItem[] } => 'group' in item

/** Combobox filter that matches "ha noi" against "Hà Nội" and every word in any order. */
export const accentInsensitiveFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldVietnamese(search).split(/\s+/).filter(Boolean)
  const matches = (item: ComboboxItem) => {
    const label = foldVietnamese(item.label)
    return words.every((word) => label.includes(word))
  }
  const result: ComboboxParsedItem[] = []
  for (const option of options) {
    if (result.length >= limit) break
    if (isGroup(option)) {
      const items = option.items.filter(matches)
      if (items.length > 0) result.push({ group: option.group, items })
    } else if (matches(option)) {
      result.push(option)
    }
  }
  return result
}

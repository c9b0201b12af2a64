import { STAGE_LABELS } from '@/domain/register/stages.ts'
import { MATTER_KINDS } from '@/domain/register/matter-kinds.ts'
import type { MatterKind } from '@/domain/register/matter-kinds.ts'

/** The stages a matter of this kind can be in (of any kind when none is chosen), for the register's filter. */
export const stageOptions = (kind: MatterKind | undefined): { value: string; label: string }[] => {
  const seen = new Map<string, string>()
  for (const k of kind ? [kind] : MATTER_KINDS) {
    for (const [value, label] of Object.entries(STAGE_LABELS[k])) if (!seen.has(value)) seen.set(value, label)
  }
  return [...seen].map(([value, label]) => ({ value, label }))
}

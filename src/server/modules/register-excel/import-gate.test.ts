import { describe, expect, it } from 'vitest'
import { AppError } from '../../platform/app-error.ts'
import { createImportGate } from './import-gate.ts'

const busy = (enter: () => unknown): string => {
  try {
    enter()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('IMPORT_BUSY')
    return (error as AppError).userMessage
  }
  throw new Error('not refused')
}

describe('createImportGate', () => {
  it('one import per person, two in all; a place given back is taken again', () => {
    const gate = createImportGate({ total: 2, perUser: 1 })
    const first = gate.enter(1)
    expect(busy(() => gate.enter(1))).toMatch(/mỗi người được nhập tối đa 1 tệp cùng lúc/)
    const second = gate.enter(2)
    expect(busy(() => gate.enter(3))).toMatch(/đang xử lý 2 lần nhập sổ thụ lý \(tối đa 2 lần cùng lúc\)/)
    first()
    first() // twice is once
    expect(gate.running()).toBe(1)
    const third = gate.enter(3)
    expect(busy(() => gate.enter(1))).toMatch(/tối đa 2 lần cùng lúc/)
    second()
    third()
    expect(gate.running()).toBe(0)
    gate.enter(1)
  })
})

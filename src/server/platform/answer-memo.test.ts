import { describe, expect, it } from 'vitest'
import type { UnitTree } from '@/domain/units/unit-tree.ts'
import { memoized } from './answer-memo.ts'

/** A computation the test finishes when it chooses. */
const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const aTree = () => ({}) as UnitTree

describe('answers kept while their inputs have not moved', () => {
  it('computes once per stamp, and again when the stamp moves', async () => {
    const tree = aTree()
    let runs = 0
    const compute = async () => ++runs
    expect(await memoized(tree, 'k', '1:0', compute)).toBe(1)
    expect(await memoized(tree, 'k', '1:0', compute)).toBe(1)
    expect(await memoized(tree, 'k', '2:0', compute)).toBe(2)
    expect(await memoized(tree, 'other', '2:0', compute)).toBe(3)
  })

  it('the first reader after a change waits for the new answer; readers meanwhile get the one before', async () => {
    const tree = aTree()
    await memoized(tree, 'k', '1:0', async () => 'before')
    const computing = deferred<string>()
    const first = memoized(tree, 'k', '2:0', () => computing.promise)
    const meanwhile = await memoized(tree, 'k', '2:0', async () => 'never')
    expect(meanwhile).toBe('before')
    computing.resolve('after')
    expect(await first).toBe('after')
    expect(await memoized(tree, 'k', '2:0', async () => 'never')).toBe('after')
  })

  it('with no answer before, readers share the one computation', async () => {
    const tree = aTree()
    const computing = deferred<string>()
    let runs = 0
    const compute = () => {
      runs++
      return computing.promise
    }
    const a = memoized(tree, 'k', '1:0', compute)
    const b = memoized(tree, 'k', '1:0', compute)
    computing.resolve('answer')
    expect([await a, await b]).toEqual(['answer', 'answer'])
    expect(runs).toBe(1)
  })

  it('keeps no failed computation: the next reader computes again', async () => {
    const tree = aTree()
    await expect(
      memoized(tree, 'k', '1:0', async () => {
        throw new Error('database gone')
      }),
    ).rejects.toThrow('database gone')
    expect(await memoized(tree, 'k', '1:0', async () => 'answer')).toBe('answer')
  })

  it('an older computation finishing last does not replace a newer answer', async () => {
    const tree = aTree()
    const older = deferred<string>()
    const olderAnswer = memoized(tree, 'k', '1:0', () => older.promise)
    expect(await memoized(tree, 'k', '1:1', async () => 'newer')).toBe('newer')
    older.resolve('older')
    await olderAnswer
    expect(await memoized(tree, 'k', '1:1', async () => 'never')).toBe('newer')
  })
})

import { describe, expect, it } from 'vitest'
import { PROTOCOL_3, SSL_REQUEST, ProtocolError, splitFrames } from './pglite-wire.ts'

const untyped = (code: number, body = Buffer.alloc(0)) => {
  const head = Buffer.alloc(8)
  head.writeInt32BE(8 + body.length, 0)
  head.writeInt32BE(code, 4)
  return Buffer.concat([head, body])
}

const typed = (type: string, body: string) => {
  const payload = Buffer.from(body, 'utf8')
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(4 + payload.length, 1)
  return Buffer.concat([head, payload])
}

describe('splitFrames', () => {
  it('answers an SSL request before the startup message, then reads typed messages', () => {
    const startup = untyped(PROTOCOL_3, Buffer.from('user\0postgres\0\0'))
    const query = typed('Q', 'SELECT 1\0')
    const all = splitFrames(Buffer.concat([untyped(SSL_REQUEST), startup, query]), false)
    expect(all.frames.map((f) => f.kind)).toEqual(['encryption-request', 'startup', 'message'])
    expect(all.started).toBe(true)
    expect(all.rest.length).toBe(0)
    const message = all.frames[2]!
    expect(message.kind === 'message' && message.type).toBe('Q')
    expect(message.kind === 'message' && Buffer.from(message.bytes).equals(query)).toBe(true)
  })

  it('keeps an incomplete message for the next piece, whatever the cut', () => {
    const stream = Buffer.concat([typed('P', 'stmt\0SELECT $1\0\0\0'), typed('S', '')])
    for (let cut = 0; cut <= stream.length; cut++) {
      const first = splitFrames(stream.subarray(0, cut), true)
      const second = splitFrames(Buffer.concat([first.rest, stream.subarray(cut)]), true)
      const types = [...first.frames, ...second.frames].map((f) => (f.kind === 'message' ? f.type : f.kind))
      expect(types).toEqual(['P', 'S'])
      expect(second.rest.length).toBe(0)
    }
  })

  it('copies each message out of the buffer, which the connection reuses', () => {
    const buffer = typed('Q', 'SELECT 1\0')
    const { frames } = splitFrames(buffer, true)
    buffer.fill(0)
    const message = frames[0]!
    expect(message.kind === 'message' && Buffer.from(message.bytes).toString('latin1', 5)).toBe('SELECT 1\0')
  })

  it('refuses an unknown protocol version and a negative length', () => {
    expect(() => splitFrames(untyped(131072), false)).toThrow(ProtocolError)
    const bad = Buffer.alloc(5)
    bad.write('Q', 0, 'latin1')
    bad.writeInt32BE(2, 1)
    expect(() => splitFrames(bad, true)).toThrow(ProtocolError)
  })
})

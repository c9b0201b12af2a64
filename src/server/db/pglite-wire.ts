// Framing of the PostgreSQL frontend protocol (version 3), for the embedded database's thread:
// bytes arrive from a socket in arbitrary pieces, PGlite executes one whole message at a time.
// https://www.postgresql.org/docs/current/protocol-message-formats.html
//
// A connection opens with one untyped packet (Int32 length, Int32 code, body): a StartupMessage
// (code 196608, protocol 3.0), or an SSLRequest / GSSENCRequest asked before it, or a
// CancelRequest on a connection of its own. Every later message is typed: Byte1 type, Int32
// length counting itself but not the type byte.

export const PROTOCOL_3 = 196_608
export const SSL_REQUEST = 80_877_103
export const GSSENC_REQUEST = 80_877_104
export const CANCEL_REQUEST = 80_877_102

export type Frame =
  | { kind: 'startup'; bytes: Uint8Array }
  /** SSLRequest or GSSENCRequest: answered 'N' (not supported), after which the client sends its StartupMessage. */
  | { kind: 'encryption-request' }
  | { kind: 'cancel' }
  | { kind: 'message'; type: string; bytes: Uint8Array }

export type Framed = { frames: Frame[]; rest: Buffer; started: boolean }

/**
 * Splits what a connection has sent so far into whole frames; what is left of an incomplete one
 * stays in `rest` for the next piece. `started` tells whether the StartupMessage has been seen,
 * since only then are messages typed.
 */
export const splitFrames = (buffer: Buffer, started: boolean): Framed => {
  const frames: Frame[] = []
  let offset = 0
  while (true) {
    if (!started) {
      if (buffer.length - offset < 8) break
      const length = buffer.readInt32BE(offset)
      if (length < 8) throw new ProtocolError(`gói mở đầu có độ dài không hợp lệ (${length})`)
      if (buffer.length - offset < length) break
      const code = buffer.readInt32BE(offset + 4)
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) frames.push({ kind: 'encryption-request' })
      else if (code === CANCEL_REQUEST) frames.push({ kind: 'cancel' })
      else if (code === PROTOCOL_3) {
        frames.push({ kind: 'startup', bytes: new Uint8Array(buffer.subarray(offset, offset + length)) })
        started = true
      } else throw new ProtocolError(`phiên bản giao thức không được hỗ trợ (${code})`)
      offset += length
      continue
    }
    if (buffer.length - offset < 5) break
    const length = buffer.readInt32BE(offset + 1)
    if (length < 4) throw new ProtocolError(`thông điệp có độ dài không hợp lệ (${length})`)
    if (buffer.length - offset < 1 + length) break
    frames.push({
      kind: 'message',
      type: String.fromCharCode(buffer[offset]!),
      bytes: new Uint8Array(buffer.subarray(offset, offset + 1 + length)),
    })
    offset += 1 + length
  }
  return { frames, rest: buffer.subarray(offset), started }
}

export class ProtocolError extends Error {}

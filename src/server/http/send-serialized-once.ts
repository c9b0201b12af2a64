// A memoized answer (the dashboard's, kept while its inputs have not moved) is one object shared
// by every reader: it is turned into JSON once, by the route's own response serializer, and the
// text is sent as it is to the next readers. Fastify sends a string with a JSON content type
// without serializing it again.
import type { FastifyReply } from 'fastify'

type Serialized = ReturnType<FastifyReply['serialize']>

const serialized = new WeakMap<object, Serialized>()

export const sendSerializedOnce = (reply: FastifyReply, answer: object): FastifyReply => {
  let json = serialized.get(answer)
  if (json === undefined) {
    json = reply.serialize(answer)
    serialized.set(answer, json)
  }
  return reply.type('application/json; charset=utf-8').send(json)
}

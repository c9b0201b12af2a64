// Security headers on every answer (issue 10, defect 9), by @fastify/helmet.
//
// The Content-Security-Policy is fitted to what the built SPA loads (dist/web/index.html):
// module scripts and stylesheets from this origin only, no inline script; Mantine writes
// <style> elements (its CSS variables) at run time, hence style-src 'unsafe-inline' — styles
// cannot run code; the favicon is a data: SVG; ECharts draws on a canvas; the API is this
// origin. Nothing from another origin, no plugins, no <base> rewrites, forms post here only,
// and no page may frame this one (clickjacking). The Swagger UI under /api/docs loads its
// own scripts and styles from /api/docs/static and draws data: icons: the same policy fits it.
//
// HSTS is sent only when the request came over HTTPS (directly or through a trusted proxy,
// request.protocol): over plain HTTP a browser ignores it (RFC 6797 §8.1), and a server
// reached at http://127.0.0.1 must not claim its name forever for HTTPS.
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // No upgrade-insecure-requests (helmet's defaults have it, useDefaults: false drops it): a
  // server on plain http://127.0.0.1 would have every subresource upgraded to https and load nothing.
}

/** One year, the value the HSTS preload list asks for (https://hstspreload.org/#deployment-recommendations). */
const HSTS = 'max-age=31536000; includeSubDomains'

export const registerSecurityHeaders = async (app: FastifyInstance): Promise<void> => {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  })
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS)
  })
}

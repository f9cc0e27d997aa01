// Every error answer of the receiver, from whichever layer, has one JSON shape,
// `{ error: <code>, message }` (422 field errors add `errors`), and one log line at a level an
// operator sees, with the status and the code, never the message (it can quote the request), the
// body or the client's address.
import { Buffer } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import { isBusy } from './db.js';

/** Codes for the statuses that fastify, Node.js and the plugins raise themselves. */
export const ERROR_CODES = /** @type {Record<number, string>} */ ({
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  411: 'length_required',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  416: 'range_not_satisfiable',
  429: 'rate_limited',
  431: 'headers_too_large',
  500: 'internal_error',
  503: 'unavailable',
});

/** What a 503 for a busy database tells the client to wait, in seconds (the form retries by itself). */
export const BUSY_RETRY_AFTER_SECONDS = 1;

const INTERNAL = Object.freeze({ error: 'internal_error', message: 'Something went wrong on our side; try again later.' });

/**
 * The log level of an error answer: server errors are errors; a busy database (503) is a warning
 * (it passes); a full session (409) and an unknown path (404, mostly crawlers) are information;
 * every other refusal is a warning, as it means a client that does not behave like the form.
 * @param {number} status
 * @returns {'error' | 'warn' | 'info'}
 */
export function logLevelFor(status) {
  if (status === 503) return 'warn';
  if (status >= 500) return 'error';
  if (status === 404 || status === 409) return 'info';
  return 'warn';
}

/**
 * fastify's error handler: a busy database is 503 with `Retry-After`; fastify's and the plugins'
 * 4xx errors keep their status with the receiver's code; anything else is 500 without details.
 * @param {import('fastify').FastifyError} err
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 */
export function errorHandler(err, request, reply) {
  if (isBusy(err)) {
    return reply
      .code(503)
      .header('retry-after', String(BUSY_RETRY_AFTER_SECONDS))
      .send({
        error: 'database_busy',
        message: 'The database is busy (a backup or another program holds a lock); try again in a moment.',
      });
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
  if (status < 400 || status >= 500) {
    request.log.error({ err }, 'request failed');
    return reply.code(500).send(INTERNAL);
  }
  return reply.code(status).send({ error: ERROR_CODES[status] ?? 'bad_request', message: err.message });
}

/**
 * fastify's `frameworkErrors`: a path that is not valid percent-encoding (`%c0%af`) and a path
 * part over `maxParamLength`, which fastify would otherwise answer in its own shape.
 * @param {import('fastify').FastifyError} err
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 */
export function frameworkErrors(err, request, reply) {
  /** @type {[number, { error: string, message: string }]} */
  const [status, body] =
    err.code === 'FST_ERR_BAD_URL'
      ? [400, { error: 'bad_url', message: 'The path is not a valid URL path.' }]
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? [414, { error: 'uri_too_long', message: 'A part of the path is too long.' }]
        : [500, INTERNAL];
  if (status === 500) request.log.error({ err }, 'request failed before routing');
  // These replies skip the hooks (no route was found), so they are logged and marked here.
  request.log[logLevelFor(status)]({ res: { statusCode: status }, error: body.error }, `answered ${status} ${body.error}`);
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/**
 * An `onSend` hook for the whole app: logs every error answer, and gives one that is not JSON
 * (a plugin's plain-text answer) the receiver's shape.
 * @param {import('fastify').FastifyRequest} request
 * @param {import('fastify').FastifyReply} reply
 * @param {unknown} payload
 */
export async function onErrorAnswer(request, reply, payload) {
  const status = reply.statusCode;
  if (status < 400) return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
  let code;
  let json = false;
  if (text !== null && type.startsWith('application/json')) {
    try {
      const body = JSON.parse(text);
      json = true;
      if (body && typeof body.error === 'string') code = body.error;
    } catch {
      json = false;
    }
  }
  code ??= ERROR_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
  // A client that is gone (its connection closed, for example by the request timeout, which is
  // logged already) receives nothing: a refusal then is only worth a debug line.
  const gone = request.raw.socket?.destroyed === true && status < 500;
  request.log[gone ? 'debug' : logLevelFor(status)]({ res: { statusCode: status }, error: code }, `answered ${status} ${code}`);
  if (json || (text === null && payload !== undefined && payload !== null)) return payload;
  reply.header('content-type', 'application/json; charset=utf-8');
  reply.removeHeader('content-length');
  return JSON.stringify({ error: code, message: STATUS_CODES[status] ?? 'Error' });
}

/**
 * The answer to a request Node.js refuses before fastify sees it: 408 when the headers or the
 * body did not arrive within the timeouts, 431 when the request line and headers are too large,
 * 400 when it is not HTTP. Written straight to the socket, which is then closed.
 * @param {Error & { code?: string }} err
 * @param {import('node:net').Socket} socket
 * @param {import('fastify').FastifyBaseLogger} log
 */
export function answerClientError(err, socket, log) {
  // A connection the client reset, or one already gone: there is nobody to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  /** @type {[number, string, string]} */
  const [status, code, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request did not arrive in time.']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'The request line and headers are too large.']
        : [400, 'bad_request', 'The request is not valid HTTP.'];
  // Only the codes: the error itself can carry the raw request (rawPacket).
  log.warn({ res: { statusCode: status }, error: code, cause: err.code }, `answered ${status} ${code}`);
  // As Node.js does itself: answer only when no answer to this connection has begun.
  const inFlight = /** @type {{ _httpMessage?: { headersSent?: boolean } }} */ (/** @type {unknown} */ (socket))._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const body = JSON.stringify({ error: code, message });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy();
}

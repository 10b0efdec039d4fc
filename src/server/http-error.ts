/** An error that becomes a response with this status and message (Fastify reads `statusCode`). */
export function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

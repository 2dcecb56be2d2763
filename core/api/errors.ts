import { z } from 'zod';
import { AppError, type ErrorCode } from '../errors';

/** How an error crosses the boundary: a code for the program and a French message for the user. */
export const apiErrorSchema = z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() });
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

/** Turns anything thrown by a handler into the payload sent to the UI. */
export function toApiError(error: unknown): ApiErrorPayload {
  if (error instanceof z.ZodError) {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) fields[issue.path.join('.') || '_'] = issue.message;
    const first = error.issues[0];
    const where = first?.path.length ? ` (champ « ${first.path.join('.')} »)` : '';
    return { code: 'invalid-input', message: first ? `Données refusées${where} : ${first.message}` : new AppError('invalid-input').message, fields };
  }
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal', message: new AppError('internal').message };
}

/** The error a client raises from a payload, so UI code can switch on `code`. */
export class ApiCallError extends Error {
  readonly code: ErrorCode | string;
  readonly fields?: Record<string, string>;
  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiCallError';
    this.code = payload.code;
    this.fields = payload.fields;
  }
}

import type { z } from 'zod';
import { DockhandError } from '../../errors.ts';

/** The engine's reply, checked against what the formatter reads; ENGINE_BAD_REPLY naming the field otherwise. */
export function readShape<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = [what, ...(issue?.path ?? []).map(String)].join('.');
  throw new DockhandError('ENGINE_BAD_REPLY', `the engine's ${where} is not what the Engine API sends (${issue?.message ?? 'bad shape'})`, {
    problem: 'shape',
    where: where.slice(0, 120),
  });
}

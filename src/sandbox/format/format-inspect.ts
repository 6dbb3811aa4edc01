import { goJsonIndent } from './go-json-indent.ts';
import { redactInspect } from './redact-inspect.ts';

/** `docker inspect`: a JSON array as the CLI prints it (four-space indent, final newline), redacted. */
export function formatInspect(objects: readonly unknown[]): string {
  return goJsonIndent(objects.map(redactInspect)) + '\n';
}

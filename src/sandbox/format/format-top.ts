import { cleanCell } from './clean-text.ts';
import { goTabwriter } from './go-tabwriter.ts';

/** `GET /containers/{id}/top`. */
export interface EngineTop {
  Titles?: string[] | null;
  Processes?: string[][] | null;
}

/** `docker top`: the engine's ps columns through `tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)`, cells cleaned. */
export function formatTop(top: EngineTop): string {
  const lines = [top.Titles ?? [], ...(top.Processes ?? [])].map((cells) => cells.map(cleanCell));
  const text = lines.map((cells) => cells.join('\t') + '\n').join('');
  return goTabwriter(text, { minWidth: 20, padding: 3 });
}

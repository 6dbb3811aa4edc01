/**
 * Regenerates knowledge/catalogue/cli.yaml from the docker CLI's own help (`docker --help`, then
 * `docker <cmd> --help` for every command and management command), merged with the hand-written
 * Chinese and keywords in knowledge/catalogue/cli-zh.yaml.
 *
 *   npm run catalogue:cli              # needs the docker CLI (28.x) on PATH; no engine needed
 *
 * It fails, listing them, when cli-zh.yaml lacks an entry for a command, so the catalogue stays
 * bilingual when the CLI grows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const OUT = fileURLToPath(new URL('../knowledge/catalogue/cli.yaml', import.meta.url));
const OVERLAY = fileURLToPath(new URL('../knowledge/catalogue/cli-zh.yaml', import.meta.url));

interface Overlay {
  zh: string;
  summary: string;
  keywords?: { en?: string[]; zh?: string[] };
  taught?: string;
  nearest?: string;
}

function help(args: string[]): string {
  // Some commands (builder) print a deprecation notice on stderr; the help itself is on stdout.
  return execFileSync('docker', [...args, '--help'], {
    encoding: 'utf8',
    env: { ...process.env, DOCKER_CLI_HINTS: 'false' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** `name   description` rows under every "… Commands:" heading, in order. */
function commandRows(text: string): { name: string; summary: string; management: boolean }[] {
  const rows: { name: string; summary: string; management: boolean }[] = [];
  let section: string | null = null;
  for (const line of text.split('\n')) {
    const heading = /^([A-Za-z ]*Commands):\s*$/.exec(line);
    if (heading) {
      section = heading[1]!;
      continue;
    }
    if (!line.trim()) {
      section = null;
      continue;
    }
    const row = section && /^ {2}([a-z][a-z0-9-]*)\*?\s{2,}(.+)$/.exec(line);
    if (row) rows.push({ name: row[1]!, summary: row[2]!.trim(), management: /Management|Swarm/.test(section!) });
  }
  return rows;
}

/** The first line after "Usage:" that is prose: the command's one-line description. */
function describe(text: string): string {
  const lines = text.split('\n');
  const usage = lines.findIndex((l) => l.startsWith('Usage:'));
  // A usage with two forms (`docker cp`) continues on an indented line; a description may wrap.
  const rest = lines.slice(usage + 1);
  const start = rest.findIndex((l) => l.trim() && !/^\s+docker /.test(l));
  if (start < 0) return '';
  const end = rest.findIndex((l, i) => i > start && !l.trim());
  const paragraph = rest.slice(start, end < 0 ? undefined : end).map((l) => l.trim()).join(' ').replace(/\*\*/g, '');
  // One line: the first sentence.
  return /^.*?\.(?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
}

function aliasesOf(text: string): string[] {
  const m = /\nAliases:\n\s+(.+)\n/.exec(text);
  return m ? m[1]!.split(',').map((a) => a.trim()) : [];
}

interface Generated {
  command: string;
  summary: string;
  aliases: string[];
}

function collect(): Generated[] {
  const top = help([]);
  const byCommand = new Map<string, Generated>();
  const add = (words: string[], summary: string) => {
    const text = help(words);
    const aliases = aliasesOf(text);
    // The docs and the catalogue use the canonical (first) spelling; `docker ps` is `docker container ls`.
    const command = aliases[0] ?? `docker ${words.join(' ')}`;
    const known = byCommand.get(command);
    if (known) {
      known.aliases = [...new Set([...known.aliases, ...aliases])];
      return;
    }
    byCommand.set(command, { command, summary: describe(text) || summary, aliases: aliases.filter((a) => a !== command) });
  };
  for (const row of commandRows(top)) {
    add([row.name], row.summary);
    if (!row.management) continue;
    for (const sub of commandRows(help([row.name]))) add([row.name, sub.name], sub.summary);
  }
  return [...byCommand.values()].sort((a, b) => a.command.localeCompare(b.command));
}

const idOf = (command: string) => `cli-${command.replace(/^docker /, '').replace(/\s+/g, '-')}`;
const docsOf = (command: string) => `https://docs.docker.com/reference/cli/${command.replace(/\s+/g, '/')}/`;

// `docker version` fails without an engine; `--version` is the client's alone.
const version = /version ([^,\s]+)/.exec(execFileSync('docker', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown';
const overlay = (parse(readFileSync(OVERLAY, 'utf8')) ?? {}) as Record<string, Overlay>;
const generated = collect();
const missing = generated.filter((g) => !overlay[idOf(g.command)]);
if (missing.length > 0) {
  process.stderr.write(`cli-zh.yaml has no entry for ${missing.length} command(s); add them:\n`);
  for (const g of missing) process.stderr.write(`${idOf(g.command)}:\n  zh: ${g.command}\n  summary: "…"  # ${g.summary}\n`);
  process.exit(1);
}
const entries = generated.map((g) => {
  const o = overlay[idOf(g.command)]!;
  return {
    id: idOf(g.command),
    kind: 'command',
    name: { en: g.command, zh: o.zh },
    summary: { en: g.summary, zh: o.summary },
    keywords: { en: [...new Set([...g.aliases, ...(o.keywords?.en ?? [])])].filter((k) => k !== g.command), zh: o.keywords?.zh ?? [] },
    docs: docsOf(g.command),
    ...(o.taught ? { taught: o.taught } : {}),
    ...(o.nearest ? { nearest: o.nearest } : {}),
  };
});
const header = `# Generated by scripts/gen-cli-catalogue.ts from the help of docker CLI ${version}\n# and cli-zh.yaml. Do not edit: edit cli-zh.yaml and run \`npm run catalogue:cli\`.\n`;
writeFileSync(OUT, header + stringify(entries, { lineWidth: 0 }));
console.log(`${entries.length} commands from docker ${version} → ${OUT}`);

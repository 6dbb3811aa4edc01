/** How a command is shown to people: always with its leading `docker`, whitespace normalised. */
export function commandText(argv: readonly string[] | string): string {
  const words = typeof argv === 'string' ? argv.trim().split(/\s+/).filter(Boolean) : [...argv];
  return words[0] === 'docker' ? words.join(' ') : ['docker', ...words].join(' ');
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { renderText } from '../../src/render/render-text.ts';
import type { Reply } from '../../src/reply.ts';
import { createCommandHandler } from '../../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { startHostileEngine, type HostileEngine } from './hostile-engine.ts';

/* The review's L1 inputs, each with what the reply now says (and no longer says). */

let engine: HostileEngine;
let ask: (text: string) => Promise<Reply>;
beforeAll(async () => {
  engine = await startHostileEngine();
  const handler = createCommandHandler({ sandbox: createDockerSandbox({ host: engine.host, tls: null, timeoutMs: 3000 }), cards: createCardStore(loadCards()) });
  ask = async (text) => (await handler.handle({ text, surface: 'cli' }))!;
});
afterAll(() => engine.close());

const said = (r: Reply) => renderText(r);

describe('refusals say what was typed and what is wrong (L1)', () => {
  it.each([
    ['docker rm $(docker ps -aq) && docker ps', '`&&`'],
    ['ps -a > /tmp/x', '`>`'],
    ['ps < /etc/passwd', '`<`'],
    ['ps 2>&1', '`>`'],
    ['docker ps & docker rm web', '`&`'],
    ['docker ps &amp;&amp; docker rm web', '`&&`'],
    ['docker ps &#36;(id)', '`&`'],
  ])('%s quotes %s, not an empty token', async (text, token) => {
    const reply = await ask(text);
    expect(reply.kind).toBe('refused');
    expect(said(reply)).toContain(`${token}: the sandbox runs one read-only docker command`);
    expect(said(reply)).not.toContain('``');
  });

  it("docker ps '&&' rm names the words it got", async () => {
    expect(said(await ask("docker ps '&&' rm"))).toContain('takes no names here (got `&&`)');
  });

  it('a bad value for a switch says what the switch takes, not the logs limit', async () => {
    const text = said(await ask('ps --all=1'));
    expect(text).toContain('`-a` takes no value (or `=true` / `=false`); got `1`');
    expect(text).not.toContain('logs show');
  });

  it('a bad filter value names the filter and the values it takes', async () => {
    expect(said(await ask("ps -f 'status=exited&all=1'"))).toContain('`exited&all=1` is not a value of the `status` filter; use one of created, restarting, running');
  });

  it('a space NFKC leaves alone (U+1680) is a space: docker ps\\u1680-a runs', async () => {
    expect(await ask('docker ps\u1680-a')).toMatchObject({ kind: 'run', command: ['docker', 'ps', '-a'] });
  });

  it('inspect web/ is refused as a name, not with the engine guard\'s internal words', async () => {
    const reply = await ask('inspect web/');
    expect(reply).toMatchObject({ kind: 'refused', code: 'BAD_ARGS' });
    expect(said(reply)).toContain('`web/` is not a container or image name');
    expect(said(reply)).not.toMatch(/engine guard|GET \//);
  });

  it('docker rm $(docker rm -f web) is shown with its substitution', async () => {
    expect(said(await ask('docker rm $(docker rm -f web)'))).toMatch(/^\$ docker rm \$\(docker rm -f web\)\n/);
  });

  it('ps -a followed by 5,000 spaces is ps -a', async () => {
    expect(await ask(`ps -a${' '.repeat(5000)}`)).toMatchObject({ kind: 'run', command: ['docker', 'ps', '-a'] });
  });

  it('docker ps \\; rm -f web shows the ; quoted, as it was typed', async () => {
    expect(said(await ask('docker ps \\; rm -f web'))).toMatch(/^\$ docker ps ';' rm -f web\n/);
  });

  it('a refused command with a typed secret shows it redacted (L4)', async () => {
    const text = said(await ask('docker login -u me -p Sup3rSecret-typed'));
    expect(text).toMatch(/^\$ docker login -u me -p <redacted>\n/);
    expect(text).not.toContain('Sup3rSecret');
  });
});

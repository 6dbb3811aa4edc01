import type { Readable, Writable } from 'node:stream';
import { createBrain } from '../brain.ts';
import { readConfig } from '../config.ts';
import { cannotRunDockerd, DEMO_PACKAGES, installPackages, missingPackages } from '../sandbox/demo/engine-tools.ts';
import { startPrivateDockerd, type PrivateDockerd } from '../sandbox/demo/private-dockerd.ts';
import { seedSandbox } from '../sandbox/demo/seed-sandbox.ts';
import { createDockerSandbox } from '../sandbox/docker-sandbox.ts';
import { localLog } from './local-log.ts';
import { runShell } from '../shell/run-shell.ts';

export interface DemoIo {
  input: Readable;
  output: Writable;
  /** Progress and problems; the shell itself writes to `output`. */
  log: Writable;
  interactive: boolean;
  env: NodeJS.ProcessEnv;
}

const TRY = ['ps -a', 'images', 'logs web --tail 5', 'history hello-world', 'docker rm $(docker container ls -aq)', 'what is a layer?'];

/**
 * `npm run demo`: a private, throwaway Docker Engine seeded with the course's own containers and
 * images, the local shell connected to it, and everything removed again on exit (`exit`, Ctrl-D,
 * Ctrl-C, SIGINT, SIGTERM).
 */
export async function demoCommand(io: DemoIo): Promise<number> {
  const say = (line: string) => io.log.write(`dockhand demo: ${line}\n`);
  const why = cannotRunDockerd();
  if (why) {
    say(why);
    return 1;
  }
  const still = installPackages(missingPackages(), say).filter((p) => p !== 'gcc' && p !== 'libc6-dev');
  if (still.length > 0) {
    say(`${still.join(' and ')} could not be installed. Install them and run the demo again: apt-get install -y ${DEMO_PACKAGES.join(' ')}`);
    return 1;
  }

  let engine: PrivateDockerd | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    if (engine) say('removing the demo engine…');
    await engine?.stop();
  })());
  // A signal during start-up or in the shell: clean up, then leave as the signal asks. Ctrl-C
  // reaches us twice (from the terminal, and relayed by npm and tsx): repeats must not kill us
  // half-way through the cleanup, so the handler stays until we exit.
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    say('starting a private Docker Engine…');
    engine = await startPrivateDockerd('dh-demo-');
    say('seeding it with the course: hello-world built FROM scratch from the notes\' hello.c, centos, busybox, containers in every state…');
    seedSandbox(engine.host);
    say(`engine ${engine.host} (dockerd pid ${engine.pid}, data in ${engine.dir}); it is removed when you leave.`);
    say(`try: ${TRY.join('  ·  ')}`);
    // The demo is the local shell whatever Slack variables are set.
    const local = Object.fromEntries(Object.entries(io.env).filter(([k]) => !k.startsWith('SLACK_')));
    const config = readConfig({ ...local, SANDBOX_DOCKER_HOST: engine.host });
    // Sandbox failures as one readable line on stderr, as in `ask` and the shell.
    const logger = localLog(config.logLevel);
    const sandbox = createDockerSandbox(config.sandbox, { logger });
    const brain = createBrain({ sandbox, logger, ...(config.knowledgeDir ? { knowledgeDir: config.knowledgeDir } : {}) });
    await runShell(brain, { input: io.input, output: io.output, interactive: io.interactive });
    return 0;
  } catch (err) {
    say(`the demo engine failed: ${(err as Error).message.split('\n')[0]}`);
    return 1;
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

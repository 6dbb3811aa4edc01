import { describe, expect, it } from 'vitest';
import { commandSignature } from '../../src/store/command-signature.ts';

describe('commandSignature', () => {
  it('is the canonical verb and subcommand with sorted flag names, whatever the spelling', () => {
    const same = ['docker run -it centos', 'run -ti centos bash', 'docker container run -i -t centos:7', 'sudo docker run -t -i --rm=false centos'];
    expect(commandSignature(same[0]!)).toBe('docker container run -i -t');
    expect(commandSignature(same[1]!)).toBe('docker container run -i -t');
    expect(commandSignature(same[2]!)).toBe('docker container run -i -t');
    expect(commandSignature(same[3]!)).toBe('docker container run --rm -i -t');
  });

  it('never contains a value: names, images, flag values, attached values, secrets', () => {
    const cases: [string, string][] = [
      ['docker run -d --name web -p 8080:80 -e DB_PASS=hunter2 nginx', 'docker container run --name -d -e -p'],
      ['docker run -p8080:80 -uroot nginx', 'docker container run -p -u'],
      ['docker login -u alice -phunter2 registry.example.com', 'docker login -p -u'],
      ['docker rm -f web', 'docker container rm -f'],
      ['docker --host=tcp://10.0.0.1:2375 ps', 'docker --host container ls'],
      ['docker -H tcp://evil:2375 ps -a', 'docker -H container ls -a'],
      ['docker container frobnicate secret-value', 'docker container'],
    ];
    for (const [text, signature] of cases) {
      expect(commandSignature(text)).toBe(signature);
      for (const value of ['web', '8080', 'hunter2', 'alice', 'registry', 'nginx', 'root', '10.0.0.1', 'evil', 'secret-value']) {
        expect(commandSignature(text)).not.toContain(value);
      }
    }
  });

  it('marks shell syntax and keeps only what came before it', () => {
    expect(commandSignature('docker ps; rm -rf /')).toBe('docker container ls (shell syntax)');
    expect(commandSignature(['docker', 'ps', '-a|grep', 'x'])).toBe('docker container ls -a (shell syntax)');
  });

  it('takes argv as the gate records it', () => {
    expect(commandSignature(['docker', 'image', 'rm', '-f', 'hello-world'])).toBe('docker image rm -f');
    expect(commandSignature([])).toBe('docker');
  });

  it('reads a redacted value as a value, not as a redirection (commands arrive as shown)', () => {
    expect(commandSignature(['docker', 'login', '-u', 'me', '-p', '<redacted>'])).toBe('docker login -p -u');
    expect(commandSignature(['docker', 'login', '--password=<redacted>'])).toBe('docker login --password');
    expect(commandSignature(['docker', 'run', '-e', 'DB_PASSWORD=<redacted>', 'x'])).toBe('docker container run -e');
    expect(commandSignature('docker ps > <redacted>')).toBe('docker container ls (shell syntax)');
  });
});

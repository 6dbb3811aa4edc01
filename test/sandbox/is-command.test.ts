import { describe, expect, it } from 'vitest';
import { isCommand } from '../../src/sandbox/is-command.ts';

describe('isCommand', () => {
  it.each([
    'ps -a', 'images', 'docker ps', 'container ls -a', 'rm -f web', 'run hello-world', 'docker rm $(docker ps -aq)',
    'docker container ls -f "status=exited" -q', 'history hello-world', 'logs web --tail 5', 'version', 'info',
    'sudo docker version', '/docker images', 'commit upbeat_albattani fishboneapps/centos-vim', 'build -t x .',
    'docker swarm init', 'ｄｏｃｋｅｒ　ｒｍ web', 'docker ps | grep web', 'docker; rm -rf /', 'docker $(id)',
    'docker -H tcp://10.0.0.1:2375 ps', '--context prod ps', 'image prune -a', '`docker ps`',
  ])('%j is a command', (text) => {
    expect(isCommand(text)).toBe(true);
  });

  it.each([
    'how do I remove exited containers', 'docker commit vs dockerfile', 'list images', 'what is docker run',
    'dockr histroy', '刪除容器', '怎麼用 docker ps', 'docker ps?', 'what are namespaces', 'docker',
    'container', 'image', 'swarm', 'docker compose', 'difference between images and containers', 'run vs start',
    'explain docker build', 'images and containers', 'can I run docker ps', 'docker vs podman; which is better?',
    '', '   ', 'the docker group', 'stop the container', 'docker ps shows nothing', 'images not working',
  ])('%j is a question', (text) => {
    expect(isCommand(text)).toBe(false);
  });
});

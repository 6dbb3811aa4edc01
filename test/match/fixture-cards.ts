import type { Card } from '../../src/knowledge/card-schema.ts';
import { makeCard } from '../helpers.ts';

/** Four small cards with overlapping words, so the matcher has to tell them apart. */
export function fixtureCards(): Card[] {
  return [
    makeCard(),
    makeCard({
      id: 'remove-all-containers',
      title: { en: 'Remove all containers', zh: '刪除所有 Container' },
      questions: { en: ['how do I remove all containers', 'delete every container'], zh: ['刪除所有容器'] },
      keywords: { en: ['remove', 'all', 'rm'], zh: ['全部'] },
      commands: [{ cmd: 'docker rm $(docker container ls -aq)', readOnly: false }],
      body: { en: 'Removes every container.', zh: '刪除全部容器。' },
      file: 'remove-all-containers.md',
    }),
    makeCard({
      id: 'namespaces',
      section: 'architecture',
      title: { en: 'Namespaces: isolation', zh: 'Namespaces：隔離' },
      questions: { en: ['what are namespaces', 'how are containers isolated'], zh: ['什麼是命名空間', '容器怎麼隔離'] },
      keywords: { en: ['namespace', 'pid', 'net', 'ipc', 'mnt', 'uts', 'isolation'], zh: ['命名空間', '隔離'] },
      commands: [{ cmd: 'ls -l /proc/self/ns', readOnly: true }],
      body: { en: 'pid, net, ipc, mnt and uts namespaces isolate a container.', zh: 'pid、net、ipc、mnt、uts 做隔離。' },
      file: 'namespaces.md',
    }),
    makeCard({
      id: 'list-images',
      section: 'images',
      title: { en: 'List images', zh: '列出 Image' },
      questions: { en: ['how do I list images', 'which images do I have'], zh: ['列出映像檔', '查看所有 image'] },
      keywords: { en: ['image ls', 'images', 'list'], zh: ['映像檔', '鏡像'] },
      commands: [{ cmd: 'docker image ls', readOnly: true }],
      body: { en: 'docker image ls lists local images.', zh: 'docker image ls 列出本機的 Image。' },
      file: 'list-images.md',
    }),
  ];
}

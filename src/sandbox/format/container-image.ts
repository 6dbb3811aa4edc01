import { truncateId } from './truncate-id.ts';

/**
 * The IMAGE column of `docker ps`: an image given by ID shows as the short ID; a digest is
 * dropped (the tag kept); Docker Hub's "docker.io/library/" prefix is not shown.
 */
export function containerImage(image: string | undefined, imageId: string | undefined, trunc: boolean): string {
  if (!image) return '<no image>';
  if (!trunc) return image;
  if (truncateId(imageId ?? '') === truncateId(image)) return truncateId(image);
  let ref = image;
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  if (ref.startsWith('docker.io/library/')) ref = ref.slice('docker.io/library/'.length);
  else if (ref.startsWith('docker.io/')) ref = ref.slice('docker.io/'.length);
  return ref;
}

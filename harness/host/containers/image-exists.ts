// Whether an image tag is present in the local engine (never pulls: no registry may answer).
import { getContainerRuntimeClient, ImageName } from 'testcontainers';

export async function imageExists(tag: string): Promise<boolean> {
  const client = await getContainerRuntimeClient();
  return client.image.exists(ImageName.fromString(tag));
}

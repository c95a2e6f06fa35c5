// Template group "services" (generators/resource/output.ts). Filled in by issue 8's work in progress.
import type { Output } from '../output';
import type { Resource } from '../model';

export function serviceOutput(resource: Resource): Output {
  void resource;
  return { files: [], edits: [] };
}

import { join } from 'node:path';
import { Document } from 'yaml';
import { buildAsyncApiDocument, type EventRegistry } from '../src';

/** Where the published AsyncAPI document lives, relative to nothing but this file. */
export const ASYNCAPI_YAML_PATH = join(__dirname, '..', '..', '..', 'docs', 'asyncapi.yaml');

/** The AsyncAPI document of `registry` as YAML, exactly as `npm run asyncapi` writes it. */
export function renderAsyncApiYaml(registry: EventRegistry): string {
  // Shared schema objects would otherwise become YAML anchors, which many AsyncAPI tools read badly.
  const document = new Document(buildAsyncApiDocument(registry), { aliasDuplicateObjects: false });
  document.commentBefore = ' Generated from libs/contracts by `npm run asyncapi`; do not edit by hand.';
  return document.toString({ lineWidth: 0 });
}

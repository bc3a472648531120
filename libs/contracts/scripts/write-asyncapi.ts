// Writes docs/asyncapi.yaml from the event catalogue; a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { catalogue } from '../src';
import { ASYNCAPI_YAML_PATH, renderAsyncApiYaml } from './render-asyncapi';

writeFileSync(ASYNCAPI_YAML_PATH, renderAsyncApiYaml(catalogue));
console.log(`wrote ${relative(process.cwd(), ASYNCAPI_YAML_PATH)} (${catalogue.all().length} events)`);

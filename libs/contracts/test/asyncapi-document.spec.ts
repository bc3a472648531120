import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { buildAsyncApiDocument, catalogue, deadLetterTopicOf } from '../src';
import { ASYNCAPI_YAML_PATH, renderAsyncApiYaml } from '../scripts/render-asyncapi';

describe('the AsyncAPI document of the catalogue', () => {
  it('passes the official AsyncAPI parser without errors', async () => {
    const parser = new Parser();

    const { document, diagnostics } = await parser.parse(renderAsyncApiYaml(catalogue));

    // The diagnostics and the exported enum come from two copies of @stoplight/types: compare the numbers.
    const errors = diagnostics.filter(
      (diagnostic) => Number(diagnostic.severity) === Number(DiagnosticSeverity.Error),
    );
    expect(errors.map((error) => `${error.path.join('.')}: ${error.message}`)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  });

  it('has a channel per topic and per dead-letter topic, each with one send operation', async () => {
    const { document } = await new Parser().parse(renderAsyncApiYaml(catalogue));

    const addresses = document
      ?.channels()
      .all()
      .map((channel) => channel.address());
    const expected = catalogue.topics().flatMap((topic) => [topic, deadLetterTopicOf(topic)]);
    expect([...(addresses ?? [])].sort()).toEqual([...expected].sort());
    for (const channel of document?.channels().all() ?? []) {
      expect(
        channel
          .operations()
          .all()
          .map((operation) => operation.action()),
      ).toEqual(['send']);
    }
  });

  it('has a message per contract, named <Type>V<version> and keyed by the subject', async () => {
    const { document } = await new Parser().parse(renderAsyncApiYaml(catalogue));

    for (const contract of catalogue.all()) {
      const channel = document
        ?.channels()
        .all()
        .find((candidate) => candidate.address() === contract.topic);
      const message = channel?.messages().get(`${contract.type}V${contract.version}`);
      expect(message?.name()).toBe(`${contract.type}V${contract.version}`);
      expect(message?.summary()).toBe(contract.description);
      expect(message?.bindings().get('kafka')?.value()).toMatchObject({
        key: { type: 'string', description: contract.subject },
      });
    }
  });

  it('documents every dead-letter header on the dead-letter channels', () => {
    const document = buildAsyncApiDocument(catalogue) as {
      channels: Record<string, { description: string }>;
    };

    const deadLetterChannel = document.channels['okrEnrolmentV1Dlq'];

    expect(deadLetterChannel?.description).toContain('x-dlq-reason');
    expect(deadLetterChannel?.description).toContain('x-failed-at');
  });

  it('is committed as docs/asyncapi.yaml exactly as the generator writes it now', () => {
    const onDisk = readFileSync(ASYNCAPI_YAML_PATH, 'utf8');

    const generated = renderAsyncApiYaml(catalogue);

    if (onDisk !== generated) {
      throw new Error(
        `${relative(process.cwd(), ASYNCAPI_YAML_PATH)} is stale: run \`npm run asyncapi\` and commit the result`,
      );
    }
  });
});

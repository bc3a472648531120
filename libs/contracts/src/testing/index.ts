export { envelopeOf, exampleEnvelope, type ExampleEnvelopeFields } from './envelope-examples';
export {
  brinOf,
  EXAMPLE_BUILDERS,
  exampleOf,
  NO_EQUAL_ACCESS_FLAGS,
  uuidOf,
  type ExampleBuilder,
} from './event-examples';

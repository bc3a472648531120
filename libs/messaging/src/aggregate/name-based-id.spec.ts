import { nameBasedId } from './name-based-id';

const NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'; // RFC 9562's URL namespace

describe('nameBasedId', () => {
  it('gives the RFC 9562 version 5 UUID of a name', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.example.com/')
    expect(nameBasedId(NAMESPACE, 'https://www.example.com/')).toBe('3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559');
  });

  it('gives the same id for the same parts and another for other parts or another namespace', () => {
    const id = nameBasedId(NAMESPACE, 'lab', 'taallab');

    expect(nameBasedId(NAMESPACE, 'lab', 'taallab')).toBe(id);
    expect(nameBasedId(NAMESPACE, 'lab', 'lerarenlab')).not.toBe(id);
    expect(nameBasedId(NAMESPACE, 'labt', 'aallab')).not.toBe(id);
    expect(nameBasedId('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'lab', 'taallab')).not.toBe(id);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedId('labs', 'taallab')).toThrow('not a UUID');
  });
});

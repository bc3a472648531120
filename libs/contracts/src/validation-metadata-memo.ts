import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type TargetMetadatas = ReturnType<MetadataStorage['getTargetValidationMetadatas']>;
type GroupedMetadatas = ReturnType<MetadataStorage['groupByPropertyName']>;

const MEMOISED = Symbol.for('okr.class-validator.metadata-memo');

/**
 * Makes class-validator look up each class's validation rules once instead of on every validation.
 *
 * class-validator (0.15) finds a class's rules, own and inherited, by testing every decorated class in the
 * process with `instanceof`, then groups them by property, on every `validate` of every object, nested ones
 * included (typestack/class-validator#2686, open). With every event contract loaded, that was a fifth of the
 * CPU that monitoring spent decoding an event while catching up. The rules of a class are fixed once its module
 * has loaded, so both answers are kept per class; adding a rule (a class loaded later, a schema registered) forgets
 * them all, so a late class can never be served an answer from before it.
 *
 * The storage is one object per process, shared by every copy of class-validator's code, so this is done on it
 * once, whoever asks first; every validation in the process (the HTTP pipe's too) gains.
 */
export function memoiseValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  const marked = storage as MetadataStorage & { [MEMOISED]?: true };
  if (marked[MEMOISED]) return;
  marked[MEMOISED] = true;

  let byTarget = new WeakMap<object, Map<string, TargetMetadatas>>();
  let grouped = new WeakMap<TargetMetadatas, GroupedMetadatas>();
  const forget = (): void => {
    byTarget = new WeakMap();
    grouped = new WeakMap();
  };

  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let ofTarget = byTarget.get(target);
    if (!ofTarget) byTarget.set(target, (ofTarget = new Map<string, TargetMetadatas>()));
    let found = ofTarget.get(key);
    if (!found) ofTarget.set(key, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadatas) => {
    let found = grouped.get(metadatas);
    if (!found) grouped.set(metadatas, (found = group(metadatas)));
    return found;
  };

  // Every rule comes through here (a registered schema too); the answers kept may no longer be whole.
  const add = storage.addValidationMetadata.bind(storage);
  storage.addValidationMetadata = (metadata) => {
    forget();
    add(metadata);
  };
}

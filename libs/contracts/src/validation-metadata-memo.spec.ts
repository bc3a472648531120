import 'reflect-metadata';
import { IsInt, IsString, MetadataStorage, Min, ValidateNested, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { memoiseValidationMetadata } from './validation-metadata-memo';
import { validatePlain } from './class-validation';

class Base {
  @IsString()
  id!: string;
}

class Child extends Base {
  @IsInt()
  @Min(1)
  count!: number;
}

class Holder {
  @ValidateNested()
  @Type(() => Child)
  child!: Child;
}

const fields = (errors: ReturnType<typeof validateSync>): string[] =>
  errors.map((error) => error.property).sort();

describe('memoised validation metadata', () => {
  it('validates inherited and nested rules exactly as before, however often a class is validated', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(validatePlain(Child, { id: 'a', count: 2 }).problems).toEqual([]);
      expect(
        validatePlain(Child, { id: 7, count: 0 })
          .problems.map((problem) => problem.field)
          .sort(),
      ).toEqual(['count', 'id']);
      expect(validatePlain(Holder, { child: { id: 'a', count: 0 } }).problems.map((p) => p.field)).toEqual([
        'child.count',
      ]);
    }
  });

  it('looks a class up in the storage once, not at every validation', () => {
    const storage = new MetadataStorage();
    const lookUp = jest.spyOn(storage, 'getTargetValidationMetadatas');
    memoiseValidationMetadata(storage);
    for (let round = 0; round < 5; round += 1) storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(lookUp).toHaveBeenCalledTimes(1);
  });

  it('answers with rules added after a class was first validated', () => {
    class Late {
      @IsString()
      name!: string;
    }
    const late = Object.assign(new Late(), { name: 'x', size: -1 });
    expect(fields(validateSync(late))).toEqual([]);
    // A rule registered later (as a decorator run by a module loaded later does) must count from then on.
    Min(0)(Late.prototype, 'size');
    expect(fields(validateSync(late))).toEqual(['size']);
  });

  it('keeps answers apart per group', () => {
    class Grouped {
      @IsString({ groups: ['strict'] })
      code!: unknown;
    }
    const grouped = Object.assign(new Grouped(), { code: 5 });
    expect(fields(validateSync(grouped, { groups: ['strict'] }))).toEqual(['code']);
    expect(fields(validateSync(grouped, { groups: ['other'] }))).toEqual([]);
    expect(fields(validateSync(grouped, { groups: ['strict'] }))).toEqual(['code']);
  });
});

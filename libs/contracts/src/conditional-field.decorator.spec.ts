import 'reflect-metadata';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { jsonSchemaOf } from './asyncapi/json-schema.converter';
import { validatePlain } from './class-validation';
import { OnlyWhen, RequiredWhen } from './conditional-field.decorator';

const isPaid = (data: Order): boolean => data.kind === 'paid';

class Order {
  @IsIn(['paid', 'free'])
  kind!: 'paid' | 'free';

  @RequiredWhen(isPaid, 'kind is paid')
  @OnlyWhen(isPaid, 'kind is paid')
  @IsBoolean()
  invoiced?: boolean;

  @IsOptional()
  @IsString()
  @OnlyWhen((data: Order) => data.kind === 'free', 'kind is free')
  voucher?: string;
}

const problemsOf = (plain: object): string[] =>
  validatePlain(Order, plain).problems.flatMap((problem) => problem.messages);

describe('RequiredWhen and OnlyWhen', () => {
  it('accept a field given exactly when its condition holds', () => {
    expect(problemsOf({ kind: 'paid', invoiced: false })).toEqual([]);
    expect(problemsOf({ kind: 'free' })).toEqual([]);
    expect(problemsOf({ kind: 'free', voucher: 'SPRING' })).toEqual([]);
  });

  it('require the field when the condition holds', () => {
    expect(problemsOf({ kind: 'paid' }).sort()).toEqual([
      'invoiced is required when kind is paid',
      'invoiced must be a boolean value',
    ]);
  });

  it('refuse the field when the condition does not hold', () => {
    expect(problemsOf({ kind: 'free', invoiced: true })).toEqual([
      'invoiced is allowed only when kind is paid',
    ]);
    expect(problemsOf({ kind: 'paid', invoiced: true, voucher: 'SPRING' })).toEqual([
      'voucher is allowed only when kind is free',
    ]);
  });

  it('still apply the other validators of the field when it is given', () => {
    expect(problemsOf({ kind: 'paid', invoiced: 'yes' })).toEqual(['invoiced must be a boolean value']);
  });

  it('list a sometimes-required field as optional in the schema', () => {
    expect(jsonSchemaOf(Order).required).toEqual(['kind']);
  });
});

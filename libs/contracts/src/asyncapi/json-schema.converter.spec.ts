import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  Validate,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { RequiredWhen } from '../conditional-field.decorator';
import { Description, IsNullable } from '../schema-hints.decorator';
import { IsCalendarDate } from '../shared/time.value-object';
import { jsonSchemaOf } from './json-schema.converter';

enum Phase {
  Discover = 'discover',
  Deliver = 'deliver',
}

class AlwaysFine implements ValidatorConstraintInterface {
  validate(): boolean {
    return true;
  }
}

class Step {
  @IsString()
  title!: string;
}

class Pilot {
  @Description('the pilot id')
  @IsUUID()
  id!: string;

  @IsEnum(Phase)
  phase!: Phase;

  @Max(5)
  @Min(1)
  @IsNumber()
  @IsInt()
  rating!: number;

  @IsISO8601()
  startedOn!: string;

  @IsOptional()
  @IsDateString()
  endedOn?: string;

  @IsNotEmpty()
  @MaxLength(80)
  @IsString()
  name!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => Step)
  steps!: Step[];

  @IsString({ each: true })
  tags!: string[];

  @IsNullable()
  @IsString()
  note!: string | null;

  @IsObject()
  extra!: Record<string, unknown>;

  @Validate(AlwaysFine)
  @IsString()
  checkedElsewhere!: string;

  @IsCalendarDate()
  decidedOn!: string;

  @RequiredWhen((pilot: Pilot) => pilot.phase === Phase.Deliver, 'phase is deliver')
  @IsString()
  result?: string;
}

describe('jsonSchemaOf', () => {
  const schema = jsonSchemaOf(Pilot) as { properties: Record<string, unknown>; required: string[] };

  it('describes the basic checks as JSON Schema keywords', () => {
    expect(schema.properties).toMatchObject({
      id: { description: 'the pilot id', type: 'string', format: 'uuid' },
      phase: { type: 'string', enum: ['discover', 'deliver'] },
      rating: { type: 'integer', minimum: 1, maximum: 5 },
      startedOn: { type: 'string', format: 'date-time' },
      name: { type: 'string', minLength: 1, maxLength: 80 },
      extra: { type: 'object' },
    });
  });

  it('describes arrays of nested classes and of checked values', () => {
    expect(schema.properties.steps).toEqual({
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
    });
    expect(schema.properties.tags).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('leaves optional fields out of required and lets nullable fields be null', () => {
    expect(schema.required).not.toContain('endedOn');
    expect(schema.required).toContain('note');
    expect(schema.properties.note).toEqual({ type: ['string', 'null'] });
  });

  it('describes a day as a date with its pattern', () => {
    expect(schema.properties.decidedOn).toEqual({
      type: 'string',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
  });

  it('leaves a field required only under a condition out of required', () => {
    expect(schema.required).toContain('decidedOn');
    expect(schema.required).not.toContain('result');
  });

  it('ignores decorators it does not know', () => {
    expect(schema.properties.checkedElsewhere).toEqual({ type: 'string' });
  });
});

// Form fields from the NL Design System with their label, a hint, and the service's messages for the field
// (from the problem details' `errors`), tied to the input with aria-describedby so screen readers read them.
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { ProblemError } from '../api/problem';

interface FieldProps {
  /** The request field, e.g. `brin` or `contact.email`: its problem messages show here. */
  name: string;
  label: string;
  hint?: string;
  problem?: ProblemError | null;
  required?: boolean;
}

function useFieldIds(props: FieldProps): {
  id: string;
  describedBy: string | undefined;
  messages: string[];
  extras: ReactNode;
} {
  const id = useId();
  const messages = props.problem?.fieldMessages(props.name) ?? [];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : '', messages.length > 0 ? errorId : '']
    .filter(Boolean)
    .join(' ');
  const extras = (
    <>
      {props.hint ? <FormFieldDescription id={hintId}>{props.hint}</FormFieldDescription> : null}
      {messages.length > 0 ? (
        <FormFieldErrorMessage id={errorId}>
          {messages.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
  return { id, describedBy: describedBy || undefined, messages, extras };
}

export function TextField(
  props: FieldProps & {
    defaultValue?: string | number;
    type?: 'text' | 'number' | 'date' | 'datetime-local' | 'email' | 'search';
  },
) {
  const { id, describedBy, messages, extras } = useFieldIds(props);
  return (
    <FormField invalid={messages.length > 0}>
      <FormLabel htmlFor={id}>{props.label}</FormLabel>
      {extras}
      <Textbox
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        defaultValue={props.defaultValue}
        required={props.required}
        invalid={messages.length > 0}
        aria-describedby={describedBy}
      />
    </FormField>
  );
}

export function TextAreaField(props: FieldProps & { defaultValue?: string }) {
  const { id, describedBy, messages, extras } = useFieldIds(props);
  return (
    <FormField invalid={messages.length > 0}>
      <FormLabel htmlFor={id}>{props.label}</FormLabel>
      {extras}
      <Textarea
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        invalid={messages.length > 0}
        aria-describedby={describedBy}
      />
    </FormField>
  );
}

export function SelectField(
  props: FieldProps & { options: readonly { value: string; label: string }[]; defaultValue?: string },
) {
  const { id, describedBy, messages, extras } = useFieldIds(props);
  return (
    <FormField invalid={messages.length > 0}>
      <FormLabel htmlFor={id}>{props.label}</FormLabel>
      {extras}
      <Select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        invalid={messages.length > 0}
        aria-describedby={describedBy}
      >
        {props.options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}

export function CheckboxField(props: FieldProps & { defaultChecked?: boolean; value?: string }) {
  const { id, describedBy, messages, extras } = useFieldIds(props);
  return (
    <FormField type="checkbox" invalid={messages.length > 0}>
      <Checkbox
        id={id}
        name={props.name}
        value={props.value ?? 'true'}
        defaultChecked={props.defaultChecked}
        invalid={messages.length > 0}
        aria-describedby={describedBy}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {props.label}
      </FormLabel>
      {extras}
    </FormField>
  );
}

/** A form's values by name; checkboxes that are not ticked are absent, as browsers send them. */
export function valuesOf(form: HTMLFormElement): Map<string, string> {
  const values = new Map<string, string>();
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values.set(key, value);
  });
  return values;
}

'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React, { cloneElement, type AriaAttributes, type ReactElement } from 'react';
import { FormFieldElement } from './form-field';

const FormFieldHost = createComponent({
  tagName: 'form-field',
  elementClass: FormFieldElement,
  react: React,
  displayName: 'FormFieldHost',
});

// The look of a text input, select or textarea, built on the design tokens. It is set on the
// light-DOM control itself because Tailwind's base styles, which reset every control's border and
// padding from the page's stylesheet, override a shadow root's `::slotted()` rules.
const controlClass =
  'rounded-md border border-border bg-surface px-3 py-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand aria-invalid:border-danger';

type ControlProps = AriaAttributes & { id?: string; className?: string };

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactElement<ControlProps>;
};

/**
 * A labelled form control with an optional hint, showing the field's errors in place of its
 * label (PRODUCT.md §5). The control is the one child; the field gives it `id` and wires it to
 * the label, the hint and the errors:
 *
 *   <FormField id="widget-name" label="Name" errors={errors.name}>
 *     <input name="name" defaultValue={values.name} />
 *   </FormField>
 */
export function FormField({ id, label, hint, errors = [], children }: FormFieldProps) {
  const invalid = errors.length > 0;
  const errorsId = `${id}-errors`;
  const hintId = `${id}-hint`;
  const describedBy = [invalid ? errorsId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const control = cloneElement(children, {
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
    className: [controlClass, children.props.className].filter(Boolean).join(' '),
  });

  return (
    <FormFieldHost invalid={invalid}>
      <label slot="label" htmlFor={id}>
        {label}
      </label>
      {invalid && (
        <ul slot="errors" id={errorsId}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {control}
      {hint && (
        <p slot="hint" id={hintId}>
          {hint}
        </p>
      )}
    </FormFieldHost>
  );
}

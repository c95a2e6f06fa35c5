'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import Link from 'next/link';
import React, { type ReactNode } from 'react';
import { ButtonElement, type ButtonVariant } from './button';

const ButtonHost = createComponent({
  tagName: 'widget-button',
  elementClass: ButtonElement,
  react: React,
  displayName: 'ButtonHost',
});

// The native control's look, built on the design tokens. It is set here, on the light-DOM
// control, rather than in the element's shadow root: button.ts explains why.
const controlClass =
  'inline-flex cursor-pointer items-center justify-center rounded-md border px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed disabled:opacity-50';

const variantClass: Record<ButtonVariant, string> = {
  primary: 'border-brand bg-brand text-surface hover:border-brand-strong hover:bg-brand-strong',
  secondary: 'border-border bg-surface text-brand hover:bg-subtle',
  danger: 'border-danger bg-danger text-surface hover:brightness-90',
};

type ButtonProps = {
  variant?: ButtonVariant;
  children: ReactNode;
} & (
  | { href: string }
  | {
      href?: undefined;
      type?: 'submit' | 'button';
      disabled?: boolean;
      name?: string;
      value?: string;
    }
);

/**
 * A native <button> (a submit button unless `type="button"`), or with `href` a native link that
 * looks like a button, inside the `<widget-button>` element:
 *
 *   <Button variant="danger">Delete</Button>
 *   <Button href={editWidgetPath(widget.id)} variant="secondary">Edit</Button>
 */
export function Button(props: ButtonProps) {
  const { variant = 'primary', children } = props;
  const className = `${controlClass} ${variantClass[variant]}`;
  return (
    <ButtonHost variant={variant}>
      {props.href === undefined ? (
        <button
          type={props.type ?? 'submit'}
          disabled={props.disabled}
          name={props.name}
          value={props.value}
          className={className}
        >
          {children}
        </button>
      ) : (
        <Link href={props.href} className={className}>
          {children}
        </Link>
      )}
    </ButtonHost>
  );
}

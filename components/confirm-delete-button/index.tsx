'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React, { type ComponentProps } from 'react';
import { Button } from '@/components/button';
import { ConfirmDeleteButtonElement } from './confirm-delete-button';

const ConfirmDeleteButtonHost = createComponent({
  tagName: 'confirm-delete-button',
  elementClass: ConfirmDeleteButtonElement,
  react: React,
  displayName: 'ConfirmDeleteButtonHost',
});

type ConfirmDeleteButtonProps = {
  /** Where the form posts: a server action, or a URL. */
  action: NonNullable<ComponentProps<'form'>['action']>;
  label?: string;
  question?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  hiddenFields?: Record<string, string | number>;
};

/**
 * A delete button that asks first, and works without JavaScript: the delete is a real form that
 * posts `hiddenFields` to `action` (confirm-delete-button.ts says how it asks).
 *
 *   <ConfirmDeleteButton action={destroyWidget} hiddenFields={{ id: widget.id }} />
 */
export function ConfirmDeleteButton({
  action,
  label = 'Delete',
  question = 'Are you sure?',
  confirmLabel = 'Yes, delete',
  cancelLabel = 'Cancel',
  hiddenFields = {},
}: ConfirmDeleteButtonProps) {
  return (
    <ConfirmDeleteButtonHost label={label} question={question} cancelLabel={cancelLabel}>
      {/* React sets the method itself when the action is a server action, and warns if we do. */}
      <form action={action} method={typeof action === 'string' ? 'post' : undefined}>
        {Object.entries(hiddenFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button variant="danger">{confirmLabel}</Button>
      </form>
    </ConfirmDeleteButtonHost>
  );
}

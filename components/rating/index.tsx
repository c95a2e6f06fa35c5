'use client';
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createComponent } from '@lit/react';
import React, { useId } from 'react';
import { Button } from '@/components/button';
import { widgetRatingsPath } from '@/lib/routes';
import { RatingElement } from './rating';

const RatingHost = createComponent({
  tagName: 'widget-rating',
  elementClass: RatingElement,
  react: React,
  displayName: 'RatingHost',
});

const RATINGS = [1, 2, 3, 4, 5] as const;

export type RatingProps = {
  /** The widget being rated. */
  widgetId: number;
  /** Shows the call to action "Your ratings help us be amazing!". The widget page does not. */
  showCallToAction?: boolean;
  /** The rating just given: shows the thanks instead of the buttons. The component sets it itself. */
  rated?: number;
};

/**
 * The rating forms for a widget, inside <widget-rating>. The label and the forms are light-DOM
 * children (components/rating/rating.ts says why); the group is named by the label.
 */
export function Rating({ widgetId, showCallToAction = false, rated }: RatingProps) {
  const labelId = useId();
  return (
    <RatingHost
      showCallToAction={showCallToAction}
      rated={rated}
      role="group"
      aria-labelledby={labelId}
    >
      <span slot="label" id={labelId} className="font-semibold">
        Rate This Widget:
      </span>
      {RATINGS.map((rating) => (
        <form key={rating} method="post" action={widgetRatingsPath()}>
          <input type="hidden" name="widget_id" value={widgetId} />
          <Button variant="secondary" name="rating" value={String(rating)}>
            {rating}
          </Button>
        </form>
      ))}
    </RatingHost>
  );
}

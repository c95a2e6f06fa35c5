import { describe, expect, it } from 'vitest';
import { listWidgetStatusChoices } from './widget-status-queries';

describe('listWidgetStatusChoices', () => {
  it('lists the reference statuses in the order a widget goes through them', async () => {
    const choices = await listWidgetStatusChoices();

    expect(choices.map((choice) => choice.name)).toEqual(['Fresh', 'Approved', 'Archived']);
    expect(choices.every((choice) => Number.isInteger(choice.id))).toBe(true);
  });
});

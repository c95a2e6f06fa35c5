import { describe, expect, it } from 'vitest';
import { ValidationErrors } from '@/lib/validation-errors';

describe('ValidationErrors', () => {
  it('keeps short and full messages per attribute, in the order they were added', () => {
    const errors = new ValidationErrors<'name' | 'price' | 'manufacturer'>();
    expect(errors.isEmpty).toBe(true);

    errors.add('name', "can't be blank");
    errors.add('price', 'must be greater than 0');
    errors.add('price', 'must be < $100 for legacy manufacturers');
    errors.add('manufacturer', "can't be blank");

    expect(errors.isEmpty).toBe(false);
    expect(errors.has('price')).toBe(true);
    expect(errors.toMessages()).toEqual({
      name: ["can't be blank"],
      price: ['must be greater than 0', 'must be < $100 for legacy manufacturers'],
      manufacturer: ["can't be blank"],
    });
    expect(Object.values(errors.toFullMessages()).flat()).toEqual([
      "Name can't be blank",
      'Price must be greater than 0',
      'Price must be < $100 for legacy manufacturers',
      "Manufacturer can't be blank",
    ]);
  });
});

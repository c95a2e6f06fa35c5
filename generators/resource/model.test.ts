import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from './generator';
import { GeneratorError, namesOf, parseResource } from './model';
import { ACCEPTANCE_FIELDS } from './samples';

const project = readProject(path.resolve(__dirname, '../..'));
// Names no one would give a resource of their own: the tests must pass in a project that has one.
const migration = '20990101000000_create_sample_gadgets';

function parse(...argv: string[]) {
  return parseResource(argv, project, { migration });
}

/** The message a command is refused with. */
function refusal(...argv: string[]): string {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof GeneratorError) return error.message;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('namesOf', () => {
  it('names a one-word resource every way the code needs', () => {
    expect(namesOf('Gadget')).toEqual({
      model: 'Gadget',
      models: 'Gadgets',
      instance: 'gadget',
      instances: 'gadgets',
      file: 'gadget',
      files: 'gadgets',
      table: 'gadgets',
      key: 'gadget',
      human: 'gadget',
      humans: 'gadgets',
      Human: 'Gadget',
      Humans: 'Gadgets',
      title: 'Gadget',
      titles: 'Gadgets',
    });
  });

  it('names a several-word resource by its words, with English plurals', () => {
    expect(namesOf('SparePart')).toMatchObject({
      instances: 'spareParts',
      file: 'spare-part',
      table: 'spare_parts',
      human: 'spare part',
      Human: 'Spare part',
      titles: 'Spare Parts',
    });
    expect(namesOf('Battery').table).toBe('batteries');
  });
});

describe('parseResource', () => {
  it('derives each field type’s column, property, form parameter and label', () => {
    const resource = parse(...ACCEPTANCE_FIELDS);
    expect(resource.api).toBe(true);
    expect(resource.display.name).toBe('name');
    expect(resource.command).toBe(
      'resource SampleGadget name:string:required:unique price:money:required released_on:date manufacturer:references --api',
    );
    expect(
      resource.fields.map(
        ({ column, property, param, value, attribute, label, required, unique }) => ({
          column,
          property,
          param,
          value,
          attribute,
          label,
          required,
          unique,
        }),
      ),
    ).toEqual([
      {
        column: 'name',
        property: 'name',
        param: 'name',
        value: 'name',
        attribute: 'name',
        label: 'Name',
        required: true,
        unique: true,
      },
      {
        column: 'price_cents',
        property: 'priceCents',
        param: 'price',
        value: 'price',
        attribute: 'price',
        label: 'Price',
        required: true,
        unique: false,
      },
      {
        column: 'released_on',
        property: 'releasedOn',
        param: 'released_on',
        value: 'releasedOn',
        attribute: 'released_on',
        label: 'Released on',
        required: false,
        unique: false,
      },
      {
        column: 'manufacturer_id',
        property: 'manufacturerId',
        param: 'manufacturer_id',
        value: 'manufacturerId',
        attribute: 'manufacturer',
        label: 'Manufacturer',
        required: false,
        unique: false,
      },
    ]);
    expect(resource.fields[3]!.target).toMatchObject({
      model: 'Manufacturer',
      table: 'manufacturers',
      display: 'name',
      choicesFunction: 'listManufacturerChoices',
    });
  });

  it('reads --belongs-to as a required reference', () => {
    const resource = parse('SampleGadget', 'name:string:required', '--belongs-to', 'Manufacturer');
    expect(resource.fields[1]).toMatchObject({
      type: 'references',
      required: true,
      column: 'manufacturer_id',
    });
  });

  it.each([
    [['gadget', 'name:string'], '"gadget" is not a resource name: write it in PascalCase'],
    [
      ['SampleGadgets', 'name:string'],
      '"SampleGadgets" is plural: name the resource in the singular, e.g. SampleGadget.',
    ],
    [['Widget', 'name:string'], 'Widget exists already (prisma/schema.prisma has model Widget).'],
    [['Job', 'name:string'], '"Job" is reserved by the app.'],
    [['SampleGadget'], 'Give the resource fields, e.g. name:string:required.'],
    [
      ['SampleGadget', 'name:strng'],
      '"name:strng": unknown type "strng" (types: string, text, integer, money, boolean, date, datetime, references).',
    ],
    [['SampleGadget', 'name'], '"name": give the field a type: name:string'],
    [
      ['SampleGadget', 'Name:string'],
      '"Name:string": "Name" is not a field name: write it in snake_case',
    ],
    [
      ['SampleGadget', 'name:string:mandatory'],
      '"name:string:mandatory": unknown option "mandatory" (options: required, unique).',
    ],
    [['SampleGadget', 'name:string', 'id:integer'], '"id:integer": "id" is reserved'],
    [['SampleGadget', 'name:string', 'name:text'], '"name" and "name" would both be named name.'],
    [
      ['SampleGadget', 'name:string', 'price:money', 'price_cents:integer'],
      '"price_cents" and "price" would both be named price_cents.',
    ],
    [
      ['SampleGadget', 'name:string', 'on_sale:boolean:required'],
      'a boolean is always true or false',
    ],
    [
      ['SampleGadget', 'name:string', 'notes:text:unique'],
      '"notes:text:unique": a text field cannot be unique.',
    ],
    [
      ['SampleGadget', 'name:string', 'maker:references'],
      '"maker:references": there is no model Maker to refer to',
    ],
    [
      ['SampleGadget', 'name:string', 'user:references'],
      "services/user-queries.ts has no listUserChoices() for the form's select",
    ],
    [['SampleGadget', 'quantity:integer'], 'A resource needs a string field to name its records'],
    [
      ['SampleGadget', 'name:string'],
      '"name", the first string field, names the records (titles, links, the search): make it :required.',
    ],
    [['Equipment', 'name:string:required'], '"Equipment" has no plural form in English'],
    [
      ['SampleGadget', 'name:string:required', 'sample_gadget_id:integer'],
      'sample_gadget_id would name the sample gadget itself',
    ],
    [['SampleGadget', 'name:string:required', 'data:text'], '"data:text": "data" is reserved'],
    [['SampleGadget', 'name:string', '--json'], 'Unknown option --json.'],
  ])('refuses %j, saying why', (argv, message) => {
    expect(refusal(...argv)).toContain(message);
  });

  it('names every problem at once, then how to write the command', () => {
    const message = refusal('SampleGadget', 'name:strng', 'price:money:sometimes');
    expect(message).toContain('unknown type "strng"');
    expect(message).toContain('unknown option "sometimes"');
    expect(message).toContain('Usage: npm run generate -- resource <Name>');
  });
});

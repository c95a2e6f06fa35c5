// The resources the generator's own tests and proof generate. Their names are ones no project
// would give a resource of its own, so the tests pass in a project that has generated a Gadget.

/** Every field type, required and optional, unique, a reference, and the API (bin/ci's proof). */
export const EVERY_FIELD_TYPE = [
  'ProofGadget',
  'name:string:required:unique',
  'description:text',
  'quantity:integer',
  'price:money:required',
  'available:boolean',
  'released_on:date',
  'launched_at:datetime',
  'manufacturer:references',
  '--api',
];

/** The issue's acceptance sample's fields, under a name of the tests' own. */
export const ACCEPTANCE_FIELDS = [
  'SampleGadget',
  'name:string:required:unique',
  'price:money:required',
  'released_on:date',
  'manufacturer:references',
  '--api',
];

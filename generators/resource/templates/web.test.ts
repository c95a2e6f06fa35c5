import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFile, readProject } from '../generator';
import { parseResource, type ProjectFacts } from '../model';
import { EVERY_FIELD_TYPE } from '../samples';
import { webOutput } from './web';
import { a, comment, docComment } from './web/names';

// The web templates' own promises; generator.test.ts proves that destroy undoes their edits, the
// CI proof (bin/generator-proof.ts) that what they write compiles and passes its tests.

const ROOT = path.resolve(__dirname, '../../..');
// The project as it is, but for any resource generated into it since: the names below are free.
const project: ProjectFacts = {
  ...readProject(ROOT),
  appFolders: new Set(),
};

function render(...argv: string[]) {
  return webOutput(parseResource(argv, project, { migration: '20990101000000_create_x' }));
}

describe('webOutput', () => {
  it('writes the files the contract names, under the table and the file names', () => {
    const paths = render('SpareDoohickey', 'title:string:required').files.map((file) => file.path);

    expect(paths.sort()).toEqual(
      [
        'app/spare_doohickeys/page.tsx',
        'app/spare_doohickeys/new/page.tsx',
        'app/spare_doohickeys/[id]/page.tsx',
        'app/spare_doohickeys/[id]/edit/page.tsx',
        'app/spare_doohickeys/actions.ts',
        'app/spare_doohickeys/_components/spare-doohickey-form.tsx',
        'app/spare_doohickeys/_components/spare-doohickey-form-state.ts',
        'e2e/spare_doohickeys.spec.ts',
        'e2e/spare-doohickey-management.spec.ts',
      ].sort(),
    );
  });

  it("gives each field type its control, and parses each one's text in the actions", () => {
    const { files } = render(...EVERY_FIELD_TYPE);
    const form = files.find((file) => file.path.endsWith('proof-gadget-form.tsx'))!.contents;
    const actions = files.find((file) => file.path.endsWith('actions.ts'))!.contents;

    for (const control of [
      '<input name="name" type="text"',
      '<textarea name="description"',
      '<input name="quantity" type="text" inputMode="numeric"',
      '<input name="price" type="text" inputMode="decimal"',
      'placeholder="e.g. 123.45"',
      '<input name="available" type="checkbox"',
      '<input name="released_on" type="date"',
      '<input name="launched_at" type="datetime-local"',
      'label="Launched at (UTC)"',
      '<select name="manufacturer_id"',
      '<option value="">-- Choose --</option>',
    ]) {
      expect(form).toContain(control);
    }
    for (const parsed of [
      'name: fields.name,',
      'description: parseTextField(fields.description),',
      'quantity: parseIntegerField(fields.quantity),',
      'priceCents: parseMoneyField(fields.price),',
      'available: parseCheckboxField(fields.available),',
      'releasedOn: parseDateField(fields.released_on),',
      'launchedAt: parseDateTimeField(fields.launched_at),',
      'manufacturerId: parseId(fields.manufacturer_id),',
    ]) {
      expect(actions).toContain(parsed);
    }
  });

  it("adds the resource's pages and actions to the access matrix, as the matrix finds them", () => {
    const { files, edits } = render('SpareDoohickey', 'title:string:required');
    const file = 'e2e/access-matrix.spec.ts';
    const matrix = formatFile(
      file,
      edits.reduce(
        (source, edit) => edit.apply(source),
        readFileSync(path.join(ROOT, file), 'utf8'),
      ),
    );
    const actions = files.find((generated) => generated.path.endsWith('actions.ts'))!.contents;
    const exported = [...actions.matchAll(/^export async function (\w+)/gm)].map(
      ([, name]) => name,
    );

    for (const page of ['', '/new', '/[id]', '/[id]/edit']) {
      expect(matrix).toContain(`  '/spare_doohickeys${page}': {`);
    }
    expect(exported).toEqual([
      'createSpareDoohickey',
      'updateSpareDoohickey',
      'destroySpareDoohickey',
    ]);
    for (const action of exported) {
      expect(matrix).toContain(`  'app/spare_doohickeys/actions.ts#${action}': {`);
    }
    expect(matrix).toContain('let spareDoohickeyId = 0;');
    expect(matrix).toContain('    spareDoohickeyId = (await spareDoohickeyFactory.create()).id;');
  });
});

describe('the comments the templates write', () => {
  it('wraps a comment at 100 columns, keeping an ADR number with its ADR', () => {
    const text = `The edit form adds the ${'warehouse inventory adjustment'}'s id and the version it was opened at (ADR 9). A missing or garbled version reads as null, which the editor answers as stale.`;
    const lines = comment(text, '  ').split('\n');

    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(100);
      expect(line).toMatch(/^ {2}\/\/ \S/);
    }
    expect(lines.join(' ')).toContain('(ADR 9)');
    expect(
      lines
        .join(' ')
        .replaceAll(/\s*\/\/ /g, ' ')
        .trim(),
    ).toBe(text);
  });

  it('writes a doc comment on one line when it fits', () => {
    expect(docComment('The new-gadget form: every field empty.')).toBe(
      '/** The new-gadget form: every field empty. */',
    );
    expect(docComment('x '.repeat(60).trim()).split('\n')).toEqual([
      '/**',
      ` * ${'x '.repeat(49).trim()}`,
      ` * ${'x '.repeat(11).trim()}`,
      ' */',
    ]);
  });

  it('puts the right article before a name', () => {
    expect(a('gadget')).toBe('a gadget');
    expect(a('item')).toBe('an item');
    expect(a('spare part')).toBe('a spare part');
  });
});

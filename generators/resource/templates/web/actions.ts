// The resource's server actions (app/<table>/actions.ts), modelled on app/widgets/actions.ts.
import type { Field, Resource } from '../../model';
import type { NewFile } from '../../output';
import { a, capitalize, comment, docComment, hasType, importLine, lines, webNames } from './names';

// What the service takes for a field, read from its text (`fields.<param>`) by lib/params.ts.
function serviceValue(field: Field): string {
  const text = `fields.${field.param}`;
  switch (field.type) {
    case 'string':
      return text;
    case 'text':
      return `parseTextField(${text})`;
    case 'integer':
      return `parseIntegerField(${text})`;
    case 'money':
      return `parseMoneyField(${text})`;
    case 'boolean':
      return `parseCheckboxField(${text})`;
    case 'date':
      return `parseDateField(${text})`;
    case 'datetime':
      return `parseDateTimeField(${text})`;
    case 'references':
      return `parseId(${text})`;
  }
}

export function actionsFile(resource: Resource): NewFile {
  const names = webNames(resource);
  const { instance, human, Human, model } = resource;
  const fieldsSchema = `${instance}Fields`;
  const parse = (type: Field['type'], name: string) => hasType(resource, type) && name;
  return {
    path: `${names.folder}/actions.ts`,
    contents: lines(
      "'use server';",
      comment(
        `The ${human} resource's form actions: create, update and destroy. Each one: parse the form with zod, authorize (lib/authorization.ts), call the service, then redirect with a flash or return what the form needs to show the errors and what the user typed.`,
      ),
      "import { redirect } from 'next/navigation';",
      "import { z } from 'zod';",
      importLine(names.formStateModule, [
        names.editFormState,
        `type ${names.formState}`,
        `type ${names.formValues}`,
      ]),
      "import { setFlash } from '@/lib/flash';",
      "import { authorize } from '@/lib/authorization';",
      "import { answerForbidden, answerRefused } from '@/lib/form-response';",
      importLine('@/lib/params', [
        'formFields',
        parse('boolean', 'parseCheckboxField'),
        parse('date', 'parseDateField'),
        parse('datetime', 'parseDateTimeField'),
        parse('references', 'parseId'),
        parse('integer', 'parseIntegerField'),
        'parseLockVersion',
        parse('money', 'parseMoneyField'),
        'parseRecordId',
        parse('text', 'parseTextField'),
        'userText',
      ]),
      `import { ${names.showPath}, ${names.indexPath} } from '@/lib/routes';`,
      `import { ${names.creator} } from '${names.creatorModule}';`,
      `import { ${names.destroyer} } from '${names.destroyerModule}';`,
      importLine(names.editorModule, [names.editor, names.staleMessage]),
      `import type { ${names.fieldsType} } from '${names.rulesModule}';`,
      '',
      '// A field that is missing, or a file where text belongs, reads as empty (lib/params.ts userText):',
      "// the service's rules then say what is wrong with it in words the user understands.",
      `const ${fieldsSchema} = z.object({`,
      ...resource.fields.map((field) => `  ${field.param}: userText,`),
      '});',
      '',
      `type ${model}FieldsText = z.infer<typeof ${fieldsSchema}>;`,
      '',
      '/** The fields as typed, which a refused form shows again. */',
      `function formValues(fields: ${model}FieldsText): Omit<${names.formValues}, 'id' | 'lockVersion'> {`,
      '  return {',
      ...resource.fields.map(
        (field) =>
          `    ${field.value}: ${field.type === 'boolean' ? `parseCheckboxField(fields.${field.param})` : `fields.${field.param}`},`,
      ),
      '  };',
      '}',
      '',
      '/**',
      ' * What the fields say, for the service: blank is null, and text that is not a number or a date',
      ' * is NaN or an Invalid Date, which its rules refuse (lib/params.ts).',
      ' */',
      `function ${instance}FieldsOf(fields: ${model}FieldsText): ${names.fieldsType} {`,
      '  return {',
      ...resource.fields.map((field) => `    ${field.property}: ${serviceValue(field)},`),
      '  };',
      '}',
      '',
      `const ${instance}FormSchema = ${fieldsSchema}.transform((fields) => ({`,
      '  values: formValues(fields),',
      `  ${instance}: ${instance}FieldsOf(fields),`,
      '}));',
      '',
      comment(
        `The edit form adds the ${human}'s id and the version of the ${human} it was opened at (ADR 9). A missing or garbled version reads as null, which the editor answers as stale.`,
      ),
      `const ${instance}EditFormSchema = ${fieldsSchema}`,
      '  .extend({ id: userText, lock_version: userText })',
      '  .transform(({ id, lock_version, ...fields }) => ({',
      '    values: { id, ...formValues(fields), lockVersion: lock_version },',
      `    changes: { ...${instance}FieldsOf(fields), lockVersion: parseLockVersion(lock_version) },`,
      '  }));',
      '',
      `export async function ${names.create}(`,
      `  _previous: ${names.formState},`,
      '  formData: FormData,',
      `): Promise<${names.formState}> {`,
      `  const { values, ${instance} } = ${instance}FormSchema.parse(formFields(formData));`,
      `  if (!(await authorize('create', '${model}')).allowed) return answerForbidden();`,
      '',
      `  const result = await new ${names.creator}().create${model}(${instance});`,
      '  if (!result.created) {',
      '    await answerRefused(422);',
      '    return { values, errors: result.errors.toFullMessages() };',
      '  }',
      '',
      `  await setFlash({ kind: 'notice', message: '${Human} created.' });`,
      `  redirect(${names.showPath}(result.${instance}.id));`,
      '}',
      '',
      docComment(
        `The edit form posts the ${human}'s id in a hidden field (lib/params.ts parseRecordId). A post naming another ${human} is held to the version it carries (ADR 9): it cannot overwrite a save made after that version, so it loses no one's update and is never a 500.`,
      ),
      `export async function ${names.update}(`,
      `  _previous: ${names.formState},`,
      '  formData: FormData,',
      `): Promise<${names.formState}> {`,
      '  const fields = formFields(formData);',
      '  const id = parseRecordId(fields);',
      `  const { values, changes } = ${instance}EditFormSchema.parse(fields);`,
      `  if (!(await authorize('update', '${model}')).allowed) return answerForbidden();`,
      `  if (id === null) return ${names.leaveMissing}();`,
      '',
      `  const result = await new ${names.editor}().update${model}(id, changes);`,
      '  if (!result.updated) {',
      '    switch (result.reason) {',
      "      case 'invalid':",
      '        await answerRefused(422);',
      '        return { values, errors: result.errors.toFullMessages() };',
      "      case 'stale':",
      comment(
        `Someone else saved first: show the ${human} as it is now, at its new version, so the user can review it and save again.`,
        '        ',
      ),
      '        await answerRefused(409);',
      `        return { ...${names.editFormState}(result.current), refusal: ${names.staleMessage} };`,
      "      case 'not-found':",
      `        return ${names.leaveMissing}();`,
      '    }',
      '  }',
      '',
      `  await setFlash({ kind: 'notice', message: '${Human} updated.' });`,
      `  redirect(${names.showPath}(result.${instance}.id));`,
      '}',
      '',
      docComment(`The ${human} page's delete form posts the ${human}'s id in a hidden field.`),
      `export async function ${names.destroy}(formData: FormData): Promise<void> {`,
      '  const id = parseRecordId(formFields(formData));',
      `  if (!(await authorize('destroy', '${model}')).allowed) return answerForbidden();`,
      `  if (id === null) return ${names.leaveMissing}();`,
      '',
      `  const result = await new ${names.destroyer}().destroy${model}(id);`,
      '  if (!result.destroyed) {',
      `    if (result.reason === 'not-found') return ${names.leaveMissing}();`,
      comment(
        `Nothing was deleted: back to the ${human}, which another record still refers to.`,
        '    ',
      ),
      `    await setFlash({ kind: 'alert', message: 'This ${human} is still in use.' });`,
      `    redirect(${names.showPath}(id));`,
      '  }',
      '',
      `  await setFlash({ kind: 'notice', message: '${Human} deleted.' });`,
      `  redirect(${names.indexPath}());`,
      '}',
      '',
      docComment(
        `${capitalize(a(human))} deleted meanwhile (or an id that never was one): the list, saying so.`,
      ),
      `async function ${names.leaveMissing}(): Promise<never> {`,
      `  await setFlash({ kind: 'alert', message: 'That ${human} no longer exists.' });`,
      `  redirect(${names.indexPath}());`,
      '}',
      '',
    ),
  };
}

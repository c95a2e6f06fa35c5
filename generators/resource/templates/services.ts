// Template group "services" (generators/resource/output.ts): a resource's business logic and its
// tests, modelled on the widget services. services/<file>-rules.ts (the field rules, with the
// checks of lib/field-rules.ts), -creator, -editor, -destroyer and -queries, their tests against
// the test database, the table's constraint test, and the resource's factory in
// test/factories/index.ts. Each module under ./services/ writes one kind of file.
import type { Resource } from '../model';
import type { Output } from '../output';
import { constraintsTestFile } from './services/constraints-test';
import { creatorTestFile } from './services/creator-test';
import { destroyerTestFile } from './services/destroyer-test';
import { editorTestFile } from './services/editor-test';
import { factoryEdits } from './services/factory';
import { queriesFile } from './services/queries';
import { queriesTestFile } from './services/queries-test';
import { rulesFile } from './services/rules';
import { creatorFile, destroyerFile, editorFile } from './services/writers';

export function serviceOutput(resource: Resource): Output {
  const { file } = resource;
  return {
    files: [
      { path: `services/${file}-rules.ts`, contents: rulesFile(resource) },
      { path: `services/${file}-creator.ts`, contents: creatorFile(resource) },
      { path: `services/${file}-editor.ts`, contents: editorFile(resource) },
      { path: `services/${file}-destroyer.ts`, contents: destroyerFile(resource) },
      { path: `services/${file}-queries.ts`, contents: queriesFile(resource) },
      { path: `services/${file}-creator.test.ts`, contents: creatorTestFile(resource) },
      { path: `services/${file}-editor.test.ts`, contents: editorTestFile(resource) },
      { path: `services/${file}-destroyer.test.ts`, contents: destroyerTestFile(resource) },
      { path: `services/${file}-queries.test.ts`, contents: queriesTestFile(resource) },
      { path: `prisma/${file}-constraints.test.ts`, contents: constraintsTestFile(resource) },
    ],
    edits: factoryEdits(resource),
  };
}

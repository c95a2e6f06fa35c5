// Template group "web" (generators/resource/output.ts): the resource's pages, form and server
// actions under app/<table>/, their browser tests, and the access matrix's rows for them. The
// templates are modelled line by line on app/widgets/ and app/manufacturers/.
import type { Output } from '../output';
import type { Resource } from '../model';
import { actionsFile } from './web/actions';
import { accessMatrixEdits } from './web/access-matrix';
import { listSpec, managementSpec } from './web/e2e';
import { formFile, formStateFile } from './web/form';
import { editPage, indexPage, newPage, showPage } from './web/pages';

export function webOutput(resource: Resource): Output {
  return {
    files: [
      indexPage(resource),
      newPage(resource),
      showPage(resource),
      editPage(resource),
      actionsFile(resource),
      formFile(resource),
      formStateFile(resource),
      listSpec(resource),
      managementSpec(resource),
    ],
    edits: accessMatrixEdits(resource),
  };
}

// Files in and out: staging and importing journal files, saving exports.
import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from './service-context';

type FileHandlers = Pick<
  Handlers,
  'files.chooseForImport' | 'files.saveText' | 'files.saveBinary' | 'import.start' | 'import.status'
>;

export function fileHandlers(s: ServiceContext): FileHandlers {
  return {
    'files.chooseForImport': async () => {
      const paths = await s.platform.chooseImportFiles();
      return paths.map((p) => s.staged.stagePath(p));
    },

    'files.saveText': ({ suggestedName, content }) =>
      s.platform.saveTextFile(suggestedName, content),

    'files.saveBinary': ({ suggestedName, base64 }) =>
      s.platform.saveBinaryFile(suggestedName, Buffer.from(base64, 'base64')),

    'import.start': ({ files }, call) => s.imports.start(files, s.access.actorOf(call)),

    'import.status': ({ jobId }) => s.imports.status(jobId),
  };
}

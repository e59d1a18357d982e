// The diagnostic interview report: its data and its PDF.
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ServiceContext } from './service-context';

type ReportHandlers = Pick<Handlers, 'report.get' | 'report.exportPdf'>;

export function reportHandlers(_s: ServiceContext): ReportHandlers {
  return {
    'report.get': () => {
      throw new ApiError('unsupported', 'report.get: not built yet');
    },
    'report.exportPdf': () => {
      throw new ApiError('unsupported', 'report.exportPdf: not built yet');
    },
  };
}

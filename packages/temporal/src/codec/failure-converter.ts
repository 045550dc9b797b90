import { DefaultFailureConverter } from '@temporalio/common';

// Loaded by path (failureConverterPath) in the worker's sandbox and in the client: error messages
// and stack traces become payloads, so the codec encrypts them too.
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });

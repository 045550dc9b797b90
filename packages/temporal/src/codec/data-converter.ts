import type { DataConverter } from '@temporalio/common';
import { AesGcmPayloadCodec } from './aes-gcm-codec';
import type { PayloadSleutels } from './sleutels';

/** The same converter for the API's client and the worker; both must hold the keys. */
export function deelwijsDataConverter(sleutels: PayloadSleutels): DataConverter {
  return {
    payloadCodecs: [new AesGcmPayloadCodec(sleutels)],
    failureConverterPath: require.resolve('./failure-converter'),
  };
}

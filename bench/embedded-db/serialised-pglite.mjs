// PGlite behind the Postgres wire protocol with whole transactions serialised: a connection holds
// the single engine from its first message until PGlite reports ReadyForQuery with status "idle"
// (outside any transaction). This is the "serialise access" option of issue 8, built only to measure it.
import { createServer } from 'node:net';

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;

/** One FIFO lock for the engine. */
function slot() {
  let staart = Promise.resolve();
  return () => {
    let vrij;
    const klaar = new Promise((r) => {
      vrij = r;
    });
    const wacht = staart;
    staart = staart.then(() => klaar);
    return wacht.then(() => vrij);
  };
}

/** True when the last message in `bytes` is ReadyForQuery ('Z') with transaction status 'I'. */
function eindigtIdle(bytes) {
  const n = bytes.length;
  return n >= 6 && bytes[n - 6] === 0x5a && bytes[n - 1] === 0x49;
}

export async function startSerialisedPglite(db, port) {
  const neem = slot();
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let opgestart = false;
    let vrij; // release function while this connection holds the engine
    let keten = Promise.resolve();

    const verwerk = async (bericht) => {
      vrij ??= await neem();
      const antwoord = await db.execProtocolRaw(new Uint8Array(bericht));
      if (antwoord.length > 0 && socket.writable) socket.write(Buffer.from(antwoord));
      if (eindigtIdle(antwoord)) {
        vrij();
        vrij = undefined;
      }
    };

    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!opgestart) {
          if (buffer.length < 8) return;
          const lengte = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (buffer.length < lengte) return;
          const bericht = buffer.subarray(0, lengte);
          buffer = buffer.subarray(lengte);
          if (code === SSL_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST) continue;
          opgestart = true;
          keten = keten.then(() => verwerk(bericht));
          continue;
        }
        if (buffer.length < 5) return;
        const lengte = 1 + buffer.readInt32BE(1);
        if (buffer.length < lengte) return;
        const bericht = buffer.subarray(0, lengte);
        buffer = buffer.subarray(lengte);
        if (bericht[0] === 0x58) continue; // Terminate: the engine stays, this connection ends
        keten = keten.then(() => verwerk(bericht));
      }
    });
    const sluit = () => {
      keten = keten.then(async () => {
        if (!vrij) return;
        // A connection that died inside a transaction must not leave it open for the next one.
        if (db.isInTransaction()) await db.exec('ROLLBACK');
        vrij();
        vrij = undefined;
      });
    };
    socket.on('close', sluit);
    socket.on('error', () => socket.destroy());
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { stop: () => new Promise((r) => server.close(r)) };
}

import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServeResult } from '../../src/serve.js';
import { pick } from '../helpers.js';

let served: ServeResult;
beforeAll(async () => {
  served = await serve({ apis: pick('lyve'), port: 0, replica: 'r1' });
});
afterAll(() => served.server.close());

/**
 * A client that behaves as nginx does with a body: sends all of it, in pieces, and reads the
 * answer only then. Resolves with the status line, or with the error the connection ended in.
 */
function sendWholeBodyThenRead(port: number, bytes: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.pause();
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(`error ${error.code}`));
    socket.on('close', () => resolve(answer.split('\r\n', 1)[0]!));
    const sendAll = async () => {
      socket.write(
        `POST /v2/service-accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${bytes}\r\nConnection: keep-alive\r\n\r\n`,
      );
      const piece = Buffer.alloc(64 * 1024, 'x');
      for (let sent = 0; sent < bytes && !socket.destroyed; sent += piece.length) {
        socket.write(piece.subarray(0, Math.min(piece.length, bytes - sent)));
        await new Promise((r) => setTimeout(r, 2));
      }
      socket.resume();
    };
    socket.on('connect', () => void sendAll());
  });
}

describe('an oversized body behind a proxy', () => {
  it('gets the 413 once the body has arrived (discarded), not a connection cut while it is still being sent', async () => {
    expect(await sendWholeBodyThenRead(served.server.port, 2 * 1024 * 1024)).toBe('HTTP/1.1 413 Payload Too Large');
  });
});

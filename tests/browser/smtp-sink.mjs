// An SMTP server on 127.0.0.1 (a free port) for browser tests: it accepts every message and
// keeps it, decoded, so a test can wait for the e-mail a user should get. Every wait is
// bounded; close() stops it.
import { createServer } from 'node:net';

// The text of a message as Stegvis writes it (mail/message.h): the subject as encoded words,
// the body in base64.
function decode(data) {
  const [head, ...rest] = data.split('\r\n\r\n');
  // Unfolded headers; the space between two encoded words is not part of the text.
  const headers = head.replace(/\r\n[ \t]+/g, ' ').replace(/\?= =\?/g, '?==?').split('\r\n');
  const subject = (headers.find((h) => h.startsWith('Subject:')) ?? 'Subject:').slice(8).trim()
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64) => Buffer.from(b64, 'base64').toString('utf8'));
  const body = Buffer.from(rest.join('\r\n\r\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject, body };
}

export async function startSmtpSink() {
  const messages = [];
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let mail = { from: '', to: '', data: '' };
    const say = (line) => socket.write(`${line}\r\n`);
    say('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push({ from: mail.from, to: mail.to, ...decode(mail.data) });
            say('250 queued');
          } else {
            mail.data += (line.startsWith('..') ? line.slice(1) : line) + '\r\n';
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        const address = (line.match(/<([^>]*)>/) ?? [])[1] ?? '';
        if (verb === 'EHLO' || verb === 'HELO') say('250 sink');
        else if (verb === 'MAIL') { mail = { from: address, to: '', data: '' }; say('250 ok'); }
        else if (verb === 'RCPT') { mail.to = address; say('250 ok'); }
        else if (verb === 'DATA') { inData = true; say('354 go on'); }
        else if (verb === 'QUIT') { say('221 bye'); socket.end(); }
        else say('502 not implemented');
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    messages,
    // The first message that `match` accepts, waiting at most `ms`.
    async waitFor(match, ms = 30000) {
      const until = Date.now() + ms;
      for (;;) {
        const found = messages.find(match);
        if (found) return found;
        if (Date.now() > until) {
          throw new Error(`no such e-mail within ${ms} ms; got: ${JSON.stringify(
            messages.map((m) => ({ to: m.to, subject: m.subject })))}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

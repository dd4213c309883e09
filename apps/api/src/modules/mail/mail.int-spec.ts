import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestApp } from '../../../test/app';
import { makePerson } from '../../../test/factories';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { MailerService } from './mailer.service';

interface Received {
  to: string;
  subject: string;
  text: string;
  /** Header values by lower-case name, as received. */
  headers: Map<string, unknown>;
}

/** A real SMTP server on a loopback port that keeps what it receives. */
async function startSmtp(options: { reject?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      if (options.reject) {
        stream.resume();
        stream.on('end', () => callback(new Error('Mailbox unavailable')));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          received.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            headers: mail.headers,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('mail through SMTP', () => {
  /** What the running test started, closed after it (even when it failed half-way). */
  const started: { close(): Promise<void> }[] = [];

  /** An SMTP server and an app sending to it, both the calling test's own. */
  const startMailApp = async (options: { reject?: boolean } = {}) => {
    const smtp = await startSmtp(options);
    started.push(smtp);
    const t: TestApp = await createTestApp({ SMTP_URL: smtp.url });
    started.push(t);
    return { smtp, t };
  };

  afterEach(async () => {
    for (const thing of started.splice(0).reverse()) await thing.close();
  });

  it('delivers a reset email over SMTP and records it as SENT in the outbox', async () => {
    const { smtp, t } = await startMailApp();
    const person = await makePerson(t.db);
    await t
      .client()
      .ok('mutation($i: EmailInput!) { requestPasswordReset(input: $i) }', { i: { email: person.email } });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toBe(person.email);
    expect(smtp.received[0].text).toMatch(/http:\/\/localhost:3000\/reset-password\?token=/);
    const rows = await t.db.getRepository(OutboxMessageEntity).findBy({ to: person.email });
    expect(rows.map((r) => r.status)).toEqual(['SENT']);
  });

  it('sends extra headers (one-click unsubscribe) and keeps them in the outbox', async () => {
    const { smtp, t } = await startMailApp();
    const headers = {
      'List-Unsubscribe': '<http://localhost:3000/api/notifications/unsubscribe?token=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
    const row = await t.app
      .get(MailerService)
      .send({ to: 'someone@example.gov.uk', subject: 'Digest', text: 'Hello', headers });
    expect(row.status).toBe('SENT');
    expect(row.headers).toEqual(headers);
    // mailparser gathers the List-* headers under `list`.
    expect(smtp.received[0].headers.get('list')).toEqual({
      unsubscribe: { url: 'http://localhost:3000/api/notifications/unsubscribe?token=abc' },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
  });

  it('keeps a refused message in the outbox as FAILED with the reason, and the request still succeeds', async () => {
    const { t } = await startMailApp({ reject: true });
    const person = await makePerson(t.db);
    const res = await t.client().request('mutation($i: EmailInput!) { requestPasswordReset(input: $i) }', {
      i: { email: person.email },
    });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const rows = await t.db.getRepository(OutboxMessageEntity).findBy({ to: person.email });
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('FAILED');
    expect(rows[0].error).toMatch(/Mailbox unavailable/);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emailSenderFor, OutboxEmailSender, SmtpEmailSender } from './email-sender';

describe('emailSenderFor', () => {
  it('sends through SMTP when SMTP_URL is set, writes to the outbox folder when only that is set, else sends nothing', () => {
    expect(emailSenderFor({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'IDT Canvas <a@b.test>' })).toBeInstanceOf(SmtpEmailSender);
    expect(emailSenderFor({ outboxDir: '/tmp/outbox', from: 'IDT Canvas <a@b.test>' })).toBeInstanceOf(OutboxEmailSender);
    expect(emailSenderFor(undefined)).toBeNull();
  });
});

describe('OutboxEmailSender (the embedded demo has no mail server)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'outbox-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes each email to its own text file a person can open, readable by its owner only', async () => {
    const outbox = join(folder, 'outbox');
    const sender = new OutboxEmailSender({ outboxDir: outbox, from: 'IDT Canvas <no-reply@idt-canvas.test>' });
    await sender.send({ to: 'Ash.Newcomer@nhs.net', subject: 'You have been invited to IDT Canvas', text: 'Hello Ash\nhttps://x/invitation/abc' });
    await sender.send({ to: 'ash.newcomer@nhs.net', subject: 'Second', text: 'Again' });
    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/-1-ash\.newcomer@nhs\.net\.txt$/);
    expect(readFileSync(join(outbox, files[0]), 'utf8')).toBe(
      'From: IDT Canvas <no-reply@idt-canvas.test>\nTo: Ash.Newcomer@nhs.net\nSubject: You have been invited to IDT Canvas\n\nHello Ash\nhttps://x/invitation/abc\n',
    );
    expect(statSync(join(outbox, files[0])).mode & 0o777).toBe(0o600);
  });

  it('keeps an address that is not a file name from leaving the folder', async () => {
    const outbox = join(folder, 'second');
    await new OutboxEmailSender({ outboxDir: outbox, from: 'x' }).send({ to: '../../etc/passwd', subject: 's', text: 't' });
    const [file] = readdirSync(outbox);
    expect(file).not.toContain('/');
    expect(readdirSync(folder).sort()).toEqual(['outbox', 'second']);
  });
});

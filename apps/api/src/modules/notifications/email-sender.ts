import { Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { EmailConfig } from '../../config/app-config';

/** One plain-text email. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * Where notifications go beyond the app. Pluggable: the SMTP sender below when `SMTP_URL` is set, none otherwise (the
 * token then provides null, and notifications stay in-app). Another provider (e.g. GOV.UK Notify) implements this.
 */
export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}

export const EMAIL_SENDER = Symbol('EMAIL_SENDER');

/** Sends through any SMTP server with nodemailer. */
export class SmtpEmailSender implements EmailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: EmailConfig & { smtpUrl: string }) {
    this.transport = createTransport(config.smtpUrl);
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.config.from, to: message.to, subject: message.subject, text: message.text });
  }
}

/**
 * Writes each email to a text file in a folder instead of sending it: the embedded demo's outbox (no mail server), so a
 * person trying the demo can open an invitation or password-reset email and follow its link.
 */
export class OutboxEmailSender implements EmailSender {
  private written = 0;

  constructor(private readonly config: EmailConfig & { outboxDir: string }) {}

  async send(message: EmailMessage): Promise<void> {
    await mkdir(this.config.outboxDir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const to = message.to.toLowerCase().replace(/[^a-z0-9@.-]+/g, '_').slice(0, 80);
    const file = join(this.config.outboxDir, `${stamp}-${++this.written}-${to}.txt`);
    const text = `From: ${this.config.from}\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`;
    await writeFile(file, text, { mode: 0o600 });
  }
}

export function emailSenderFor(config: EmailConfig | undefined): EmailSender | null {
  if (!config) return null;
  if (config.smtpUrl) {
    new Logger('Email').log(`Email notifications go through ${new URL(config.smtpUrl).host}.`);
    return new SmtpEmailSender({ ...config, smtpUrl: config.smtpUrl });
  }
  if (config.outboxDir) {
    new Logger('Email').log(`Emails are written to ${config.outboxDir} instead of being sent (no mail server).`);
    return new OutboxEmailSender({ ...config, outboxDir: config.outboxDir });
  }
  return null;
}

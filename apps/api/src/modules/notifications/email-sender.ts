import { Logger } from '@nestjs/common';
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

  constructor(private readonly config: EmailConfig) {
    this.transport = createTransport(config.smtpUrl);
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.config.from, to: message.to, subject: message.subject, text: message.text });
  }
}

export function emailSenderFor(config: EmailConfig | undefined): EmailSender | null {
  if (!config) return null;
  new Logger('Email').log(`Email notifications go through ${new URL(config.smtpUrl).host}.`);
  return new SmtpEmailSender(config);
}

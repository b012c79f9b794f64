import { Module } from '@nestjs/common';
import { AuditDigestController } from './audit-digest.controller.js';
import { RegisterController } from './register.controller.js';
import { RegisterService } from './register.service.js';

/** The public AI register and the audit log's daily signed digest, read without a token. */
@Module({ controllers: [RegisterController, AuditDigestController], providers: [RegisterService] })
export class RegisterModule {}

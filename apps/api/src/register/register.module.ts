import { Module } from '@nestjs/common';
import { RegisterController } from './register.controller.js';
import { RegisterService } from './register.service.js';

/** The public AI register, read without a token. */
@Module({ controllers: [RegisterController], providers: [RegisterService] })
export class RegisterModule {}

import { Module } from '@nestjs/common';
import { SignInController } from './sign-in.controller.js';

/** What the web console asks of the API besides the features: how to sign in. */
@Module({ controllers: [SignInController] })
export class ConsoleModule {}

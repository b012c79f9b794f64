import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { ROLES } from '#domain';
import { IsDemoUserId } from '../common/validation.js';

export class DemoUserView {
  @ApiProperty({ example: 'kim.manager' }) id: string;
  @ApiProperty({ example: '김민지' }) name: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: string[];
  @ApiProperty({ example: 'WELFARE' }) department: string;
}

export class OidcSettingsView {
  @ApiProperty({ example: 'https://sso.seoul.go.kr/realms/city/protocol/openid-connect/auth' }) authorizationUrl: string;
  @ApiProperty({ example: 'https://sso.seoul.go.kr/realms/city/protocol/openid-connect/token' }) tokenUrl: string;
  @ApiProperty({ example: 'bareun-console' }) clientId: string;
  @ApiProperty({ example: 'openid profile' }) scope: string;
  @ApiProperty({ example: 'roles', description: "where the console finds the person's roles in the token (AUTH_ROLES_CLAIM)" })
  rolesClaim: string;
}

/** How the web console signs people in on this server. */
export class SignInOptionsView {
  @ApiProperty({
    enum: ['development', 'oidc', 'none'],
    description: 'development: a picker of the demo users; oidc: the city sign-on; none: neither is configured',
  })
  mode: 'development' | 'oidc' | 'none';
  @ApiPropertyOptional({ type: [DemoUserView], description: 'development only' }) users?: DemoUserView[];
  @ApiPropertyOptional({ type: OidcSettingsView, description: 'oidc only' }) oidc?: OidcSettingsView;
}

export class DevelopmentSignInDto {
  @ApiProperty({ example: 'kim.manager', description: 'one of the demo users' })
  @IsString()
  @MaxLength(100)
  @IsDemoUserId()
  userId: string;
}

export class DevelopmentTokenView {
  @ApiProperty({ description: 'an HS256 bearer token for the demo user, valid 12 hours' }) token: string;
}

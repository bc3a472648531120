import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../http/problem';
import type { Role } from './roles';
import { type AuthenticatedRequest, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('okr:token-verifier');

/** Global guard: open endpoints pass; every other one needs a valid bearer token with one of its roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      return true;
    }
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.principal = principal;
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new ProblemException(
        403,
        'AUTH.FORBIDDEN',
        'Not allowed',
        `This endpoint needs one of the roles: ${allowed.join(', ') || '(none declared)'}; ` +
          `the token carries: ${principal.roles.join(', ') || '(none)'}`,
      );
    }
    return true;
  }

  private async authenticate(request: AuthenticatedRequest) {
    const header = request.header('authorization');
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ProblemException(
        401,
        'AUTH.UNAUTHENTICATED',
        'Authentication required',
        'Send a bearer token.',
      );
    }
    try {
      return await this.verifier.principalOf(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw new ProblemException(401, 'AUTH.INVALID_TOKEN', 'Invalid token', error.message);
      }
      throw error;
    }
  }
}

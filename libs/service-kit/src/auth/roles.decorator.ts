import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal, Role } from './roles';

export const ROLES_KEY = 'okr:roles';
export const PUBLIC_KEY = 'okr:public';

/**
 * The roles allowed to call this endpoint (any one of them suffices). Every endpoint names its roles; the
 * OpenAPI document shows them as `x-roles` and in the 403 answer.
 */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiExtension('x-roles', roles),
    ApiUnauthorizedResponse({ description: 'No valid bearer token' }),
    ApiForbiddenResponse({ description: `The token has none of the roles: ${roles.join(', ')}` }),
  );

/** Marks an endpoint as open to anyone (health, documentation); needs no token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** Injects the verified caller into a handler parameter. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) {
      throw new Error('CurrentPrincipal used on an endpoint without @Roles');
    }
    return principal;
  },
);

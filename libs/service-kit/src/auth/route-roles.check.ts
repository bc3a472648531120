import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Refuses to boot when an endpoint names neither @Roles nor @Public, so no endpoint is open by omission.
 */
@Injectable()
export class RouteRolesCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const unguarded: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[method];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined)
          continue;
        const targets = [handler, wrapper.metatype];
        const open = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
        const roles = this.reflector.getAllAndOverride<unknown[]>(ROLES_KEY, targets);
        if (!open && (!roles || roles.length === 0)) {
          unguarded.push(`${wrapper.metatype.name}.${method}`);
        }
      }
    }
    if (unguarded.length > 0) {
      throw new Error(`Endpoints without @Roles(...) or @Public(): ${unguarded.join(', ')}`);
    }
  }
}

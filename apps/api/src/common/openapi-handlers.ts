// What the handlers' own metadata says of their arguments, so the document and the checks cannot drift: a
// path parameter whose pipe is ParseUUIDPipe (uuidParam) is a `format: uuid` string; the bodies' classes.
import { type INestApplication, ParseUUIDPipe, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/**
 * `<Controller>_<method>` (the document's operationId) → the names of its path parameters checked as UUIDs;
 * and the classes of the handlers' bodies.
 */
export function handlerArguments(app: INestApplication): { uuids: Map<string, Set<string>>; bodyTypes: Type[] } {
  const found = new Map<string, Set<string>>();
  const bodyTypes: Type[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const method of Object.getOwnPropertyNames(metatype.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, method) ?? {}) as Record<string, RouteArgument>;
        const types = (Reflect.getMetadata('design:paramtypes', metatype.prototype, method) ?? []) as Type[];
        for (const [key, argument] of Object.entries(args)) {
          if (key.startsWith(`${RouteParamtypes.BODY}:`) && types[argument.index]) bodyTypes.push(types[argument.index]!);
          if (!key.startsWith(`${RouteParamtypes.PARAM}:`) || typeof argument.data !== 'string') continue;
          if (!argument.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe)) continue;
          const operationId = `${metatype.name}_${method}`;
          found.set(operationId, (found.get(operationId) ?? new Set()).add(argument.data));
        }
      }
    }
  }
  return { uuids: found, bodyTypes };
}

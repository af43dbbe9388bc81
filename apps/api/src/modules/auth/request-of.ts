import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Response } from 'express';
import { ApiRequest } from './signed-in';

export interface GraphQLContext {
  req: ApiRequest;
  res: Response;
}

/** The HTTP request behind a resolver or a controller handler. */
export function requestOf(context: ExecutionContext): ApiRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<ApiRequest>();
}

import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { RefusalLogFilter } from './common/refusal-log.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource, DataSourceOptions } from 'typeorm';
import { requestLogOptions } from './common/request-log';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { appDatabaseOptions, databaseOptions } from './database/database.options';
import { appDatabaseUrl, ensureAppRoleLogin } from './database/app-role';
import { runMigrationsExclusively } from './database/migrate';
import { GRAPHQL_SETUP, GraphQLSetup, graphqlOptions } from './graphql/graphql.options';
import { DatabaseNotificationsModule } from './database/database-notifications';
import { HealthModule } from './health/health.module';
import { HomeModule } from './modules/home/home.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { AccountModule } from './modules/account/account.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CanvasModule } from './modules/canvas/canvas.module';
import { CohortProgrammeModule } from './modules/cohort-programme/cohort-programme.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { DemoModule } from './modules/demo/demo.module';
import { LandscapeModule } from './modules/landscape/landscape.module';
import { CrosswalkModule } from './modules/crosswalk/crosswalk.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { SignOffModule } from './modules/sign-off/sign-off.module';
import { UsersModule } from './modules/users/users.module';
import { SystemsModule } from './modules/systems/systems.module';
import { ApiMetrics } from './observability/api-metrics';
import { ObservabilityModule } from './observability/observability.module';
import { tracingStarted } from './observability/tracing';
import { TracingShutdown } from './observability/tracing-shutdown';

/** Paths the API answers itself; everything else falls through to the web app. */
export const API_PATHS = ['/graphql', '/healthz', '/readyz', '/auth'];

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    // Metrics only when asked for (METRICS_PORT): otherwise no plugin runs and nothing is counted.
    const metrics = config.metrics ? new ApiMetrics() : undefined;
    const graphql: GraphQLSetup = {
      options: graphqlOptions(config, metrics ? [metrics.plugin()] : []),
      context: ({ req, res }) => ({ req, res }),
      metrics,
    };
    return {
      module: AppModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // The same options, context and metrics for Apollo and for the direct path (bootstrap.ts).
        { provide: GRAPHQL_SETUP, useValue: graphql },
        // Expected refusals logged once at info or warn without a stack; real errors once at error (the formatter).
        { provide: APP_FILTER, useClass: RefusalLogFilter },
        // With traces on, the spans still buffered are sent when the app shuts down (SIGTERM).
        ...(tracingStarted() ? [TracingShutdown] : []),
      ],
      exports: [APP_CONFIG],
      global: true,
      imports: [
        LoggerModule.forRoot({
          // One line per request: id, method, path, operation name, status and time; never headers or cookies.
          pinoHttp: requestLogOptions(config.logLevel),
        }),
        TypeOrmModule.forRootAsync({
          // The API's pool runs as the app's role, which owns nothing, with the caller's scope on every statement.
          useFactory: () => ({ ...appDatabaseOptions(config), retryAttempts: config.databaseRetryAttempts ?? 9 }),
          // Migrated (as the owner) before anything else uses it, under a lock shared by every replica.
          dataSourceFactory: async (options) => {
            const owner = await new DataSource(databaseOptions(config.databaseUrl)).initialize();
            try {
              await runMigrationsExclusively(owner);
              await ensureAppRoleLogin(owner, appDatabaseUrl(config));
            } finally {
              await owner.destroy();
            }
            return new DataSource(options as DataSourceOptions).initialize();
          },
        }),
        DatabaseNotificationsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphql.options,
          context: graphql.context,
        }),
        HealthModule,
        AuthModule,
        AuditModule,
        SystemsModule,
        UsersModule,
        CohortsModule,
        CanvasModule,
        AssessmentsModule,
        LandscapeModule,
        CrosswalkModule,
        NotificationsModule,
        InvitationsModule,
        SignOffModule,
        CohortProgrammeModule,
        HomeModule,
        DemoModule,
        AccountModule,
        ...(metrics && config.metrics ? [ObservabilityModule.register(metrics, config.metrics)] : []),
        ...(config.webRoot
          ? [
              ServeStaticModule.forRoot({
                rootPath: config.webRoot,
                exclude: API_PATHS.map((p) => `${p}{/*rest}`),
                serveStaticOptions: {
                  // Vite names built assets by their content: cache them for good; always revalidate the page itself.
                  setHeaders: (res, path) =>
                    res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
                },
              }),
            ]
          : []),
      ],
    };
  }
}

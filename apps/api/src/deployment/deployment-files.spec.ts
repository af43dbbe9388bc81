import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../config/app-config';

/**
 * The files that deploy the API (Dockerfiles, Kubernetes manifests) are not run by any test here (no Docker engine,
 * no cluster), so this checks that they agree with the code they deploy: every workspace is installed, every package
 * the API needs is in its image, and the manifests give the API a configuration it accepts.
 */
const root = resolve(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const workspaces: string[] = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces.flatMap((pattern) => {
  const parent = pattern.replace(/\/\*$/, '');
  return readdirSync(join(root, parent)).map((name) => `${parent}/${name}`).filter((dir) => existsSync(join(root, dir, 'package.json')));
});

/** A Dockerfile's stages, each as its lines. */
const stagesOf = (dockerfile: string) => read(dockerfile).split(/^FROM /m).slice(1).map((stage) => stage.split('\n'));

describe('the Dockerfiles', () => {
  it.each([['infra/docker/app.Dockerfile'], ['infra/docker/web.Dockerfile']])('%s: every stage that runs npm ci has every workspace’s package.json', (file) => {
    const installing = stagesOf(file).filter((lines) => lines.some((l) => /npm ci\b/.test(l)));
    expect(installing.length).toBeGreaterThan(0);
    expect(workspaces).toEqual(expect.arrayContaining(['packages/domain', 'packages/maturity', 'apps/api', 'apps/web']));
    for (const lines of installing) {
      for (const dir of workspaces) expect(lines).toContain(`COPY ${dir}/package.json ${dir}/`);
    }
  });

  it('the runtime image has the built code of every workspace package the API depends on, and the reference data', () => {
    const runtime = stagesOf('infra/docker/app.Dockerfile').at(-1) ?? [];
    const api = JSON.parse(read('apps/api/package.json')) as { dependencies: Record<string, string> };
    const local = Object.keys(api.dependencies).filter((name) => name.startsWith('@idt/'));
    expect(local).toEqual(expect.arrayContaining(['@idt/domain', '@idt/maturity']));
    for (const name of local) {
      const dir = workspaces.find((d) => (JSON.parse(read(`${d}/package.json`)) as { name: string }).name === name);
      expect(runtime).toContain(`COPY --from=build /app/${dir}/dist ${dir}/dist`);
    }
    expect(runtime).toContain('COPY --from=build /app/packages/domain/data packages/domain/data');
  });
});

interface Resource {
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

describe('the Kubernetes manifests (infra/k8s)', () => {
  const kustomization = parseAllDocuments(read('infra/k8s/kustomization.yaml'))[0].toJS() as { resources: string[] };
  const resources: Resource[] = kustomization.resources.flatMap((file) => parseAllDocuments(read(`infra/k8s/${file}`)).map((d) => d.toJS() as Resource));
  const one = (kind: string) => {
    const found = resources.filter((r) => r.kind === kind);
    expect(found).toHaveLength(1);
    return found[0];
  };
  // Typed views of the parts checked below.
  const deployment = one('Deployment') as unknown as {
    metadata: { name: string };
    spec: {
      replicas: number;
      selector: { matchLabels: Record<string, string> };
      template: {
        metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
        spec: {
          containers: {
            ports: { name: string; containerPort: number }[];
            envFrom: { configMapRef: { name: string } }[];
            env: { name: string; valueFrom: { secretKeyRef: { name: string; key: string; optional?: boolean } } }[];
            startupProbe: { httpGet: { path: string; port: string } };
            livenessProbe: { httpGet: { path: string; port: string } };
            readinessProbe: { httpGet: { path: string; port: string } };
          }[];
        };
      };
    };
  };
  const container = deployment.spec.template.spec.containers[0];
  const configMap = one('ConfigMap');

  it('lists only files that exist, each parsing to a resource with a name', () => {
    expect(resources.length).toBe(kustomization.resources.length);
    for (const r of resources) expect(r.metadata.name).toMatch(/^[a-z0-9-]+$/);
  });

  it('gives the API a configuration it accepts: production, no demo data, the port the container opens', () => {
    expect(container.envFrom[0].configMapRef.name).toBe(configMap.metadata.name);
    const env = { ...configMap.data, ...Object.fromEntries(container.env.map((e) => [e.name, e.name === 'DATABASE_URL' ? 'postgres://app:secret@db:5432/idt_canvas' : ''])) };
    const config = loadConfig(env);
    expect(config).toMatchObject({ production: true, seedDemoData: false, oidc: undefined, email: undefined, closingReminders: true });
    expect(container.ports).toEqual([
      { name: 'http', containerPort: config.port },
      { name: 'metrics', containerPort: config.metrics?.port },
    ]);
    // Metrics on the pod's address, so the scraper (another pod) reaches them.
    expect(config.metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    // The web app where the image puts it.
    expect(read('infra/docker/app.Dockerfile')).toContain(`WEB_ROOT=${configMap.data?.['WEB_ROOT']}`);
  });

  it('sets only variables the API reads, and takes every secret from the Secret, optional unless required', () => {
    // The API's settings, and the tracing switch (read before the app loads, so outside its config).
    const source = read('apps/api/src/config/app-config.ts') + read('apps/api/src/observability/tracing.ts');
    for (const name of [...Object.keys(configMap.data ?? {}), ...container.env.map((e) => e.name)]) expect(source).toContain(`env['${name}']`);
    expect(container.env.map((e) => [e.name, e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.optional ?? false])).toEqual([
      ['DATABASE_URL', 'idt-canvas-secrets', false],
      // The role the API serves as, which owns nothing (ADR 0034): its own secret, never the owner's.
      ['DATABASE_APP_URL', 'idt-canvas-secrets', false],
      ['OIDC_CLIENT_SECRET', 'idt-canvas-secrets', true],
      ['SMTP_URL', 'idt-canvas-secrets', true],
      // Encrypts two-step sign-in secrets at rest (ADR 0032); derived from DATABASE_URL when absent, with a warning.
      ['TOTP_ENCRYPTION_KEY', 'idt-canvas-secrets', true],
    ]);
    expect(Object.keys(configMap.data ?? {}).filter((k) => /SECRET|PASSWORD|DATABASE_URL|DATABASE_APP_URL|SMTP_URL|TOTP/.test(k))).toEqual([]);
  });

  it('probes the API’s own health routes: alive for start-up and liveness, ready only with PostgreSQL', () => {
    expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    const health = read('apps/api/src/health/health.controller.ts');
    expect(health).toMatch(/'healthz'/);
    expect(health).toMatch(/'readyz'/);
  });

  it('wires the Service, Ingress, disruption budget and autoscaler to the Deployment’s pods', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const service = one('Service') as unknown as { metadata: { name: string }; spec: { selector: Record<string, string>; ports: { name: string; targetPort: string }[] } };
    expect(service.spec.selector).toEqual(labels);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0].name);
    const ingress = one('Ingress') as unknown as { spec: { rules: { http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] } };
    expect(ingress.spec.rules[0].http.paths[0].backend.service).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0].name } });
    const pdb = one('PodDisruptionBudget') as unknown as { spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } } };
    expect(pdb.spec.selector.matchLabels).toEqual(labels);
    const hpa = one('HorizontalPodAutoscaler') as unknown as { spec: { minReplicas: number; scaleTargetRef: { kind: string; name: string } } };
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    // At least two replicas always, and a budget that keeps one through a drain.
    expect(Math.min(deployment.spec.replicas, hpa.spec.minReplicas)).toBeGreaterThanOrEqual(2);
    expect(pdb.spec.minAvailable).toBeGreaterThanOrEqual(1);
  });

  it('has the metrics scraped on the pod’s metrics port, which neither the Service nor the Ingress exposes', () => {
    const metricsPort = container.ports.find((p) => p.name === 'metrics');
    expect(metricsPort?.containerPort).toBe(Number(configMap.data?.['METRICS_PORT']));
    // Annotations for a Prometheus with the common `kubernetes-pods` scrape job.
    expect(deployment.spec.template.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(metricsPort?.containerPort),
      'prometheus.io/path': '/metrics',
    });
    // The public Service forwards only the app's port, by name or number.
    const service = one('Service') as unknown as { spec: { ports: { name: string; port: number; targetPort: string | number }[] } };
    for (const port of service.spec.ports) {
      expect([port.name, port.targetPort, port.port]).not.toContain('metrics');
      expect([port.targetPort, port.port]).not.toContain(metricsPort?.containerPort);
      expect(port.targetPort).toBe('http');
    }
    // Only the public Service: no second one carries the metrics port (the PodMonitor below selects pods directly).
    expect(resources.filter((r) => r.kind === 'Service')).toHaveLength(1);
  });

  it('offers a PodMonitor for the Prometheus Operator, selecting the Deployment’s pods on their metrics port', () => {
    const folder = 'infra/k8s/components/prometheus-operator';
    const component = parseAllDocuments(read(`${folder}/kustomization.yaml`))[0].toJS() as { kind: string; resources: string[] };
    expect(component.kind).toBe('Component');
    const [monitor] = component.resources.map((file) => parseAllDocuments(read(`${folder}/${file}`))[0].toJS()) as {
      kind: string;
      spec: { selector: { matchLabels: Record<string, string> }; podMetricsEndpoints: { port: string; path: string }[] };
    }[];
    expect(monitor.kind).toBe('PodMonitor');
    expect(monitor.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels);
    expect(monitor.spec.podMetricsEndpoints).toEqual([expect.objectContaining({ port: 'metrics', path: '/metrics' })]);
  });
});

describe('docker-compose.yml', () => {
  const compose = parseAllDocuments(read('docker-compose.yml'))[0].toJS() as {
    services: Record<string, { environment?: Record<string, string>; ports?: string[] }>;
  };

  it('serves the API’s metrics on their own port, published to this machine (127.0.0.1) only', () => {
    const api = compose.services['api'];
    const metricsPort = api?.environment?.['METRICS_PORT'];
    expect(metricsPort).toMatch(/^\d+$/);
    const published = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    const metrics = published.filter((p) => p.endsWith(`:${metricsPort}`));
    expect(metrics).toEqual([`127.0.0.1:${metricsPort}:${metricsPort}`]);
    expect(api?.ports).toEqual(metrics); // the API publishes nothing else: nginx is the public door
  });
});

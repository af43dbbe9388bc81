import { ApiMetrics, MAX_OPERATION_NAMES, QUEUE_SAMPLE_TTL_MS } from './api-metrics';

describe('ApiMetrics', () => {
  it('labels operations by name, "anonymous" without one, and "other" once MAX_OPERATION_NAMES are known', () => {
    const metrics = new ApiMetrics();
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel(null)).toBe('anonymous');
    expect(metrics.operationLabel('Landscape')).toBe('Landscape');
    expect(metrics.operationLabel('x'.repeat(65))).toBe('other');
    for (let i = 1; i < MAX_OPERATION_NAMES; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('Landscape')).toBe('Landscape'); // already known: keeps its label
    expect(metrics.operationLabel(`Op${MAX_OPERATION_NAMES - 1}`)).toBe(`Op${MAX_OPERATION_NAMES - 1}`);
  });

  it('samples the job queues when scraped, at most once per QUEUE_SAMPLE_TTL_MS', async () => {
    const metrics = new ApiMetrics();
    let now = 1_000_000;
    let samples = 0;
    metrics.watchQueues(async () => {
      samples++;
      return [{ queue: 'notification-email', queued: samples, active: 1, failed: 0 }];
    }, () => now);
    expect(samples).toBe(0); // nothing is read until a scrape
    const scrape = async () => metrics.registry.getSingleMetricAsString('idt_job_queue_jobs');
    expect(await scrape()).toContain('idt_job_queue_jobs{queue="notification-email",state="queued"} 1');
    now += QUEUE_SAMPLE_TTL_MS - 1;
    expect(await scrape()).toContain('state="queued"} 1');
    expect(samples).toBe(1);
    now += 1;
    expect(await scrape()).toContain('state="queued"} 2');
    expect(samples).toBe(2);
  });

  it('keeps each app in a registry of its own', () => {
    const a = new ApiMetrics();
    const b = new ApiMetrics();
    expect(a.registry).not.toBe(b.registry);
    expect(a.registry.getSingleMetric('idt_graphql_requests_total')).not.toBe(b.registry.getSingleMetric('idt_graphql_requests_total'));
  });
});

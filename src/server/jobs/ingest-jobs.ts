import { randomUUID } from 'node:crypto';
import type { Analyzer } from '../../analyze/analysis-pool.js';
import { ingestArticles, type IngestSummary } from '../../engine/ingest-inputs.js';
import { describeError } from '../../model/read-error.js';
import type { Archive } from '../../store/archive.js';
import type { IngestRequest } from './ingest-request.js';
import { postedArticles } from './posted-articles.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface IngestJob {
  id: string;
  status: JobStatus;
  submitted: string;
  started: string | null;
  finished: string | null;
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  /** The first problems, each naming its input. */
  errors: { input: string; reason: string }[];
  /** Why the whole job stopped, when it did. */
  error: string | null;
}

export interface IngestJobOptions {
  /** Analyses articles; the server keeps one for its lifetime. */
  analyzer: () => Analyzer;
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  /** Jobs waiting to run before new ones are refused. */
  maxQueued?: number;
  /** Finished jobs remembered for their status. */
  maxKept?: number;
}

const MAX_ERRORS = 100;

export class QueueFullError extends Error {}

/**
 * Ingestion jobs, run one at a time in submission order: the archive has one writer, and the
 * analysis already uses the cores. Jobs live in memory; a restart forgets them, not their articles.
 */
export class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private readonly waiting: { job: IngestJob; request: IngestRequest }[] = [];
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly archive: Archive,
    private readonly options: IngestJobOptions,
  ) {}

  submit(request: IngestRequest): IngestJob {
    if (this.closed) throw new QueueFullError('the server is shutting down');
    if (this.waiting.length >= (this.options.maxQueued ?? 20))
      throw new QueueFullError('too many ingestion jobs waiting; try again later');
    const job: IngestJob = {
      id: `job-${randomUUID()}`,
      status: 'queued',
      submitted: new Date().toISOString(),
      started: null,
      finished: null,
      read: 0,
      new: 0,
      duplicate: 0,
      failed: 0,
      errors: [],
      error: null,
    };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.waiting.push({ job, request });
    this.running ??= this.drain();
    return job;
  }

  get(id: string): IngestJob | null {
    return this.jobs.get(id) ?? null;
  }

  /** The most recent jobs first. */
  list(limit = 50): IngestJob[] {
    return [...this.jobs.values()].reverse().slice(0, limit);
  }

  /** Waits for the running and waiting jobs; refuses new ones from now on. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (let next = this.waiting.shift(); next; next = this.waiting.shift())
        await this.run(next.job, next.request);
    } finally {
      this.running = null;
    }
  }

  private async run(job: IngestJob, request: IngestRequest): Promise<void> {
    job.status = 'running';
    job.started = new Date().toISOString();
    const update = (summary: IngestSummary) => {
      job.read = summary.read;
      job.new = summary.new;
      job.duplicate = summary.duplicate;
      job.failed = summary.failed;
      job.errors = summary.errors.slice(0, MAX_ERRORS);
    };
    try {
      const items = postedArticles(job.id, request, {
        outlet: request.outlet ?? null,
        date: request.date ?? null,
        allowPrivateNetwork: this.options.allowPrivateNetwork ?? false,
        ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
      });
      update(
        await ingestArticles(this.archive, items, { analyzer: this.options.analyzer() }, update),
      );
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = describeError(error);
    } finally {
      job.finished = new Date().toISOString();
    }
  }

  private forgetOldJobs(): void {
    const keep = this.options.maxKept ?? 200;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= keep) return;
      if (job.status === 'done' || job.status === 'failed') this.jobs.delete(id);
    }
  }
}

/**
 * Peak memory while the bench runs: sampled every 50 ms and once more at the end of each stage. A synchronous
 * stage blocks the timer, so for those the end-of-stage sample is what is seen; the figures are a lower bound.
 */

export interface Peak {
  rssMb: number;
  heapMb: number;
}

const MB = 1024 * 1024;

export class PeakMemory {
  private overall: Peak = { rssMb: 0, heapMb: 0 };
  private stage: Peak = { rssMb: 0, heapMb: 0 };
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
    // The sampler must never keep the process alive on its own.
    this.timer.unref();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    for (const p of [this.overall, this.stage]) {
      p.rssMb = Math.max(p.rssMb, rss / MB);
      p.heapMb = Math.max(p.heapMb, heapUsed / MB);
    }
  }

  /** Starts a stage's own peak from what the process holds now. */
  beginStage(): void {
    this.stage = { rssMb: 0, heapMb: 0 };
    this.sample();
  }

  /** Samples once more and returns the peak seen since beginStage. */
  endStage(): Peak {
    this.sample();
    return { ...this.stage };
  }

  stop(): Peak {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return { ...this.overall };
  }
}

/** Runs a full collection when node was started with --expose-gc, so one stage's garbage is not billed to the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

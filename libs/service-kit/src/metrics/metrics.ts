import {
  collectDefaultMetrics,
  Counter,
  type CounterConfiguration,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from 'prom-client';

// Process and Node.js metrics belong to the process, not to an application: collected once (each collection
// observes garbage collection and the event loop for the life of the process), whatever number of applications
// a process boots, as tests do.
let processRegistry: Registry | undefined;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The service's Prometheus metrics, served at `/metrics`: process metrics, HTTP latency, and whatever the
 * libraries and the service register here, labelled with the service. One registry per application (not
 * prom-client's global one), so several services in one test process keep their numbers apart.
 */
export class Metrics {
  readonly registry = new Registry();

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
  }

  /** The counter of that name, registered at the first call; later calls get the same one. */
  counter<L extends string>(configuration: CounterConfiguration<L>): Counter<L> {
    const existing = this.registry.getSingleMetric(configuration.name);
    if (existing instanceof Counter) return existing;
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  /** The gauge of that name, registered at the first call; later calls get the same one. */
  gauge<L extends string>(configuration: GaugeConfiguration<L>): Gauge<L> {
    const existing = this.registry.getSingleMetric(configuration.name);
    if (existing instanceof Gauge) return existing;
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  /** The histogram of that name, registered at the first call; later calls get the same one. */
  histogram<L extends string>(configuration: HistogramConfiguration<L>): Histogram<L> {
    const existing = this.registry.getSingleMetric(configuration.name);
    if (existing instanceof Histogram) return existing;
    return new Histogram({ ...configuration, registers: [this.registry] });
  }

  /** Every metric in Prometheus's text format: the process's, then the application's. */
  async text(): Promise<string> {
    const [process, application] = await Promise.all([processMetrics().metrics(), this.registry.metrics()]);
    return `${process}\n${application}`;
  }
}

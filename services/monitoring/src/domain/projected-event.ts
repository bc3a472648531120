/** An event as the projection sees it: its envelope's facts and its data, already validated against its contract. */
export interface ProjectedEvent {
  eventId: string;
  type: string;
  version: number;
  /** ISO timestamp from the envelope: when it happened at the producer. */
  occurredAt: string;
  subject: string;
  data: object;
}

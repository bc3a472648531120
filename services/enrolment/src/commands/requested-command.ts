/**
 * A command as a request asks for it: everything but who records it (`actor`) and an import row's key
 * (`causationKey`), which the endpoint or the bulk import adds. Distributes over a union (a referral's kinds).
 */
export type Requested<C> = C extends unknown ? Omit<C, 'actor' | 'causationKey'> : never;

import { eventually, startTcpProxy, type TcpProxy } from '@okr/service-kit/testing';
import { type Caller, type EnrolmentApp, freshBrin, schoolBody, startEnrolment } from './enrolment-app';

// The app reaches the shared MongoDB-compatible server through a proxy of this test's own, so "MongoDB is away"
// can be made true for this app alone.
const server = new URL(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017');

describe('while MongoDB is away', () => {
  let proxy: TcpProxy;
  let service: EnrolmentApp;
  let desk: Caller;

  beforeAll(async () => {
    proxy = await startTcpProxy(server.hostname, Number(server.port || 27017));
    const viaProxy = new URL(server.href);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    service = await startEnrolment({ MONGODB_URI: viaProxy.href });
    desk = await service.as('helpdesk');
  });

  afterAll(async () => {
    proxy.restore();
    await service.close();
    await proxy.close();
  });

  it('answers reads and commands with 503 and Retry-After, then serves them again once it is back', async () => {
    const known = freshBrin();
    await desk.post('/schools').send(schoolBody(known)).expect(201);

    proxy.cut();
    const read = await desk.get(`/schools/${known}`);
    const later = freshBrin();
    const command = await desk.post('/schools').send(schoolBody(later));

    for (const response of [read, command]) {
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.body).toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE', status: 503 });
      expect(response.body.detail).toContain('mongodb');
    }

    proxy.restore();
    const back = await eventually(async () => {
      const response = await desk.get(`/schools/${known}`);
      return response.status === 200 ? response : undefined;
    }, 30_000);
    expect(back.body.brin).toBe(known);
    // The refused command changed nothing: sent again unchanged, it registers the school once.
    await desk.post('/schools').send(schoolBody(later)).expect(201);
    await desk.get(`/schools/${later}`).expect(200);
  });
});

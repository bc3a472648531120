import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { enrolment } from '../../api/clients';
import type { ProblemError } from '../../api/problem';
import { dataOf } from '../../api/results';
import { holdsAny, useSession } from '../../auth/session';
import { ACTIVITY_LABELS, CHANNEL_LABELS, formatDay, INQUIRY_STATUS_LABELS } from '../../components/format';
import { Loaded } from '../../components/query-state';
import { DataTable } from '../../components/tables';

type View = 'open' | 'te-laat' | 'aanvragen-te-laat';

const VIEWS: readonly { view: View; title: string }[] = [
  { view: 'open', title: 'Open vragen' },
  { view: 'te-laat', title: 'Vragen over de reactienorm' },
  { view: 'aanvragen-te-laat', title: 'Aanvragen over de beslisdatum' },
];

function useQueues(canReadInquiries: boolean) {
  const open = useQuery<Awaited<ReturnType<typeof openInquiries>>, ProblemError>({
    queryKey: ['inquiries', 'open'],
    queryFn: openInquiries,
    enabled: canReadInquiries,
  });
  const late = useQuery<Awaited<ReturnType<typeof lateInquiries>>, ProblemError>({
    queryKey: ['inquiries', 'overdue'],
    queryFn: lateInquiries,
    enabled: canReadInquiries,
  });
  const overdueApplications = useQuery<Awaited<ReturnType<typeof lateApplications>>, ProblemError>({
    queryKey: ['applications', 'overdue'],
    queryFn: lateApplications,
  });
  return { open, late, overdueApplications };
}

/** Every status of an inquiry the help desk has not closed yet. */
const OPEN_STATUSES = ['open', 'conversation-held', 'referred'] as const;

/** Inquiries not closed yet, oldest first: one page per status (the API filters on one status at a time). */
async function openInquiries() {
  const pages = await Promise.all(
    OPEN_STATUSES.map((status) =>
      dataOf(enrolment.GET('/inquiries', { params: { query: { status, pageSize: 100 } } })),
    ),
  );
  return {
    total: pages.reduce((sum, page) => sum + page.total, 0),
    items: pages
      .flatMap((page) => page.items)
      // An inquiry whose day the service cannot show (null) comes first: it is at least as old as the others.
      .sort((left, right) => (left.receivedAt ?? '').localeCompare(right.receivedAt ?? '')),
  };
}
function lateInquiries() {
  return dataOf(enrolment.GET('/inquiries/overdue', { params: { query: { pageSize: 100 } } }));
}
function lateApplications() {
  return dataOf(enrolment.GET('/subsidy-applications/overdue', { params: { query: { pageSize: 100 } } }));
}

/** The help desk's work queue: counts per view, like a ticket tool, and the records of the chosen view. */
export function WorkQueuePage() {
  const session = useSession();
  const canReadInquiries = holdsAny(session, ['helpdesk', 'admin']);
  const [params] = useSearchParams();
  const chosen: View =
    VIEWS.find((entry) => entry.view === params.get('weergave'))?.view ??
    (canReadInquiries ? 'open' : 'aanvragen-te-laat');
  const queues = useQueues(canReadInquiries);
  const counts: Record<View, number | undefined> = {
    open: queues.open.data?.total,
    'te-laat': queues.late.data?.total,
    'aanvragen-te-laat': queues.overdueApplications.data?.total,
  };
  const views = VIEWS.filter((entry) => canReadInquiries || entry.view === 'aanvragen-te-laat');
  return (
    <>
      <Heading level={2}>Werkvoorraad</Heading>
      <nav aria-label="Weergaven van de werkvoorraad" className="console-cards">
        {views.map(({ view, title }) => (
          <Link
            key={view}
            to={`/loket?weergave=${view}`}
            className="console-card"
            aria-current={view === chosen ? 'page' : undefined}
          >
            <span className="console-count" data-testid={`count-${view}`}>
              {counts[view] ?? '…'}
            </span>
            <br />
            {title}
          </Link>
        ))}
      </nav>
      {canReadInquiries ? (
        <Paragraph>
          <Link to="/loket/vragen/nieuw">Nieuwe vraag vastleggen</Link>
        </Paragraph>
      ) : null}
      {chosen === 'open' ? (
        <Loaded query={queues.open}>
          {(page) => (
            <DataTable
              caption="Vragen die nog niet gesloten zijn, oudste eerst"
              rows={page.items}
              rowKey={(row) => row.inquiryId}
              columns={[
                { header: 'Ontvangen', cell: (row) => formatDay(row.receivedOn) },
                { header: 'School', cell: (row) => row.brin ?? row.schoolName ?? 'onbekend' },
                { header: 'Kanaal', cell: (row) => CHANNEL_LABELS[row.channel] },
                { header: 'Reageren voor', cell: (row) => formatDay(row.firstResponseDueOn) },
                { header: 'Status', cell: (row) => INQUIRY_STATUS_LABELS[row.status] },
                { header: 'Vraag', cell: (row) => <Link to={`/loket/vragen/${row.inquiryId}`}>Openen</Link> },
              ]}
              empty="Geen open vragen."
            />
          )}
        </Loaded>
      ) : null}
      {chosen === 'te-laat' ? (
        <Loaded query={queues.late}>
          {(page) => (
            <DataTable
              caption="Vragen zonder eerste reactie binnen de norm"
              rows={page.items}
              rowKey={(row) => row.inquiryId}
              columns={[
                { header: 'Ontvangen', cell: (row) => formatDay(row.receivedOn) },
                { header: 'School', cell: (row) => row.brin ?? row.schoolName ?? 'onbekend' },
                { header: 'Werkdagen te laat', cell: (row) => row.workingDaysOverdue, numeric: true },
                { header: 'Vraag', cell: (row) => <Link to={`/loket/vragen/${row.inquiryId}`}>Openen</Link> },
              ]}
              empty="Geen vragen over de norm."
            />
          )}
        </Loaded>
      ) : null}
      {chosen === 'aanvragen-te-laat' ? (
        <Loaded query={queues.overdueApplications}>
          {(page) => (
            <DataTable
              caption="Aanvragen waarover na de beslisdatum nog niet is besloten"
              rows={page.items}
              rowKey={(row) => row.applicationId}
              columns={[
                { header: 'School', cell: (row) => row.brin },
                { header: 'Activiteit', cell: (row) => ACTIVITY_LABELS[row.activity] },
                { header: 'Beslissen voor', cell: (row) => formatDay(row.decisionDueOn) },
                { header: 'Dagen te laat', cell: (row) => row.daysOverdue, numeric: true },
                {
                  header: 'Aanvraag',
                  cell: (row) => <Link to={`/loket/aanvragen/${row.applicationId}`}>Openen</Link>,
                },
              ]}
              empty="Geen aanvragen over de beslisdatum."
            />
          )}
        </Loaded>
      ) : null}
    </>
  );
}

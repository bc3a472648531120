// The help desk's screens over the enrolment service, under /loket.
import { Route, Routes } from 'react-router';
import { ApplicationPage, NewApplicationPage } from './application.pages';
import { InquiryPage, NewInquiryPage } from './inquiry.pages';
import { NewIntakePage } from './intake.page';
import { ParticipationPage } from './participation.page';
import { RoundPage, RoundsPage } from './rounds.pages';
import { SchoolPage } from './school.page';
import { RegisterSchoolPage, SchoolsPage } from './schools.page';
import { WorkQueuePage } from './work-queue.page';

export function EnrolmentArea() {
  return (
    <Routes>
      <Route index element={<WorkQueuePage />} />
      <Route path="scholen" element={<SchoolsPage />} />
      <Route path="scholen/nieuw" element={<RegisterSchoolPage />} />
      <Route path="scholen/:brin" element={<SchoolPage />} />
      <Route path="vragen/nieuw" element={<NewInquiryPage />} />
      <Route path="vragen/:id" element={<InquiryPage />} />
      <Route path="intakes/nieuw" element={<NewIntakePage />} />
      <Route path="aanvragen/nieuw" element={<NewApplicationPage />} />
      <Route path="aanvragen/:id" element={<ApplicationPage />} />
      <Route path="rondes" element={<RoundsPage />} />
      <Route path="rondes/:id" element={<RoundPage />} />
      <Route path="deelnames/:id" element={<ParticipationPage />} />
    </Routes>
  );
}

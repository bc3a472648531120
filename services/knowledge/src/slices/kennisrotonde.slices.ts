import { AcceptQuestionHttpController } from '../commands/accept-question/accept-question.http.controller';
import { AnswerQuestionHttpController } from '../commands/answer-question/answer-question.http.controller';
import { AssignQuestionHttpController } from '../commands/assign-question/assign-question.http.controller';
import { ChangeCaseHandler } from '../commands/change-case/change-case.handler';
import { DeclineQuestionHttpController } from '../commands/decline-question/decline-question.http.controller';
import { EraseAskerHandler } from '../commands/erase-asker/erase-asker.handler';
import { EraseAskerHttpController } from '../commands/erase-asker/erase-asker.http.controller';
import { KeepAnswerUnpublishedHttpController } from '../commands/keep-answer-unpublished/keep-answer-unpublished.http.controller';
import { PublishAnswerHandler } from '../commands/publish-answer/publish-answer.handler';
import { PublishAnswerHttpController } from '../commands/publish-answer/publish-answer.http.controller';
import { ReceiveQuestionHandler } from '../commands/receive-question/receive-question.handler';
import { ReceiveQuestionHttpController } from '../commands/receive-question/receive-question.http.controller';
import { RedirectQuestionHandler } from '../commands/redirect-question/redirect-question.handler';
import { RedirectQuestionHttpController } from '../commands/redirect-question/redirect-question.http.controller';
import { SchoolEnrolledConsumer } from '../consumers/school-enrolled.consumer';
import { SchoolWithdrewConsumer } from '../consumers/school-withdrew.consumer';
import { GetAnsweredCountsHttpController } from '../queries/get-answered-counts/get-answered-counts.http.controller';
import { GetParticipatingSchoolHttpController } from '../queries/get-participating-school/get-participating-school.http.controller';
import { GetQuestionHttpController } from '../queries/get-question/get-question.http.controller';
import { ListOverdueQuestionsHttpController } from '../queries/list-overdue-questions/list-overdue-questions.http.controller';
import { ListQuestionQueueHttpController } from '../queries/list-question-queue/list-question-queue.http.controller';
import type { Slices } from './slices';

export const kennisrotondeSlices: Slices = {
  controllers: [
    ReceiveQuestionHttpController,
    AcceptQuestionHttpController,
    DeclineQuestionHttpController,
    AssignQuestionHttpController,
    AnswerQuestionHttpController,
    PublishAnswerHttpController,
    KeepAnswerUnpublishedHttpController,
    RedirectQuestionHttpController,
    EraseAskerHttpController,
    GetQuestionHttpController,
    ListQuestionQueueHttpController,
    ListOverdueQuestionsHttpController,
    GetAnsweredCountsHttpController,
    GetParticipatingSchoolHttpController,
  ],
  providers: [
    ChangeCaseHandler,
    ReceiveQuestionHandler,
    PublishAnswerHandler,
    RedirectQuestionHandler,
    EraseAskerHandler,
    SchoolEnrolledConsumer,
    SchoolWithdrewConsumer,
  ],
};

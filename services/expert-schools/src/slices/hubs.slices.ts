import { CompleteLearningTrackHandler } from '../commands/complete-learning-track/complete-learning-track.handler';
import { CompleteLearningTrackHttpController } from '../commands/complete-learning-track/complete-learning-track.http.controller';
import { DescribeImprovementQuestionHandler } from '../commands/describe-improvement-question/describe-improvement-question.handler';
import { DescribeImprovementQuestionHttpController } from '../commands/describe-improvement-question/describe-improvement-question.http.controller';
import { JoinHubHandler } from '../commands/join-hub/join-hub.handler';
import { JoinHubHttpController } from '../commands/join-hub/join-hub.http.controller';
import { OpenHubHandler } from '../commands/open-hub/open-hub.handler';
import { OpenHubHttpController } from '../commands/open-hub/open-hub.http.controller';
import { GetDevelopmentSchoolHttpController } from '../queries/get-development-school/get-development-school.http.controller';
import { GetHubHttpController } from '../queries/get-hub/get-hub.http.controller';
import { ListDevelopmentSchoolsHttpController } from '../queries/list-development-schools/list-development-schools.http.controller';
import { ListHubsHttpController } from '../queries/list-hubs/list-hubs.http.controller';
import { MatchExpertSchoolsHttpController } from '../queries/match-expert-schools/match-expert-schools.http.controller';
import type { Slices } from './slices';

/** Development schools, matching them with expert schools, and the hubs they follow a learning track in. */
export const hubSlices: Slices = {
  controllers: [
    ListDevelopmentSchoolsHttpController,
    GetDevelopmentSchoolHttpController,
    DescribeImprovementQuestionHttpController,
    MatchExpertSchoolsHttpController,
    ListHubsHttpController,
    GetHubHttpController,
    OpenHubHttpController,
    JoinHubHttpController,
    CompleteLearningTrackHttpController,
  ],
  providers: [
    DescribeImprovementQuestionHandler,
    OpenHubHandler,
    JoinHubHandler,
    CompleteLearningTrackHandler,
  ],
};

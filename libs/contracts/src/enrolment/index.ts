export { SchoolEnrolledV1, SchoolEnrolledV1Data } from './school-enrolled.v1';
export { SchoolRegisteredV1, SchoolRegisteredV1Data } from './school-registered.v1';

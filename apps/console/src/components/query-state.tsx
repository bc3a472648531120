import { Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ProblemError } from '../api/problem';
import { ProblemAlert } from './problem-alert';

/** A query's data once loaded; a loading line or the problem before that. */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T, ProblemError>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Paragraph role="status">Laden…</Paragraph>;
  if (query.isError) return <ProblemAlert problem={query.error} />;
  return <>{children(query.data)}</>;
}

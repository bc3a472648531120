import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { type ProblemError } from '../api/problem';
import { newIdempotencyKey } from '../api/results';

/**
 * A form's command: each submission carries an Idempotency-Key, kept for a retry of the same submission (so a
 * double click or a lost answer never records a step twice) and renewed once the step was recorded.
 */
export function useCommand<Input, Result>(
  send: (input: Input, idempotencyKey: string) => Promise<Result>,
  onDone?: (result: Result) => void,
): UseMutationResult<Result, ProblemError, Input> {
  const key = useRef(newIdempotencyKey());
  const queries = useQueryClient();
  return useMutation<Result, ProblemError, Input>({
    mutationFn: (input) => send(input, key.current),
    onSuccess: async (result) => {
      key.current = newIdempotencyKey();
      // Every screen showing this record or a count of it reads it again.
      await queries.invalidateQueries();
      onDone?.(result);
    },
  });
}

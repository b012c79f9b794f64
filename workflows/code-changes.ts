// Which of the code changes made while runs were in flight (CODE_CHANGES) a run follows. A run whose input
// names a code version follows every change up to it without asking; runs begun before versions ask
// patched() at each change, as they always did, and replay as they ran. Asking is not free: each change a
// run asks about adds a marker to its history and an upsert of TemporalChangeVersion, a visibility write.
// Changes after a run's version are asked about as patches are: an in-flight run takes them from there on.
import { patched } from '@temporalio/workflow';
import { CODE_CHANGES, type CodeChange, type LifecycleInput } from '#domain';

export function follows(input: Pick<LifecycleInput, 'codeVersion'>, change: CodeChange): boolean {
  return CODE_CHANGES.indexOf(change) < (input.codeVersion ?? 0) || patched(change);
}

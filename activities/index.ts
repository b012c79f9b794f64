import type { LifecycleActivities } from '../libs/domain/src/index.js';
import { LifecycleActivitiesService } from './lifecycle.activities.js';

export { LifecycleActivitiesService };

/** The activity functions the worker registers, bound to their Nest-injected service. */
export function activityFunctions(service: LifecycleActivitiesService): LifecycleActivities {
  return {
    screenProposal: service.screenProposal.bind(service),
    recordTransition: service.recordTransition.bind(service),
    openTasks: service.openTasks.bind(service),
    recordTaskChange: service.recordTaskChange.bind(service),
  };
}

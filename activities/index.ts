import type { LifecycleActivities } from '../libs/domain/src/index.js';
import { LifecycleActivitiesService } from './lifecycle.activities.js';

export { LifecycleActivitiesService };

/** The activity functions a worker registers, bound to their service (the Nest-injected one in production). */
export function activityFunctions(service: LifecycleActivities): LifecycleActivities {
  return {
    screenProposal: service.screenProposal.bind(service),
    recordTransition: service.recordTransition.bind(service),
    openTasks: service.openTasks.bind(service),
    recordTaskChange: service.recordTaskChange.bind(service),
    applyRevision: service.applyRevision.bind(service),
    recordConditions: service.recordConditions.bind(service),
    publishRegisterEntry: service.publishRegisterEntry.bind(service),
    notify: service.notify.bind(service),
  };
}

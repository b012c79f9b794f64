import { LIFECYCLE_PATH, lifecycleSteps } from './steps.js';

it('reads the main path of the lifecycle from the stage table', () => {
  expect(LIFECYCLE_PATH).toEqual([
    'DRAFT',
    'SUBMITTED',
    'SCREENING',
    'EXPERT_REVIEW',
    'ETHICS_SIGNOFF',
    'APPROVED',
    'DEPLOYED',
    'MONITORING',
  ]);
});

it('places a stage on the path, a detour at the step it branches from, and says what comes next', () => {
  expect(lifecycleSteps('EXPERT_REVIEW')).toMatchObject({ step: 3, onPath: true, final: false });
  expect(lifecycleSteps('EXPERT_REVIEW').next).toEqual(['REVISION_REQUESTED', 'ETHICS_SIGNOFF', 'REJECTED', 'WITHDRAWN']);
  expect(lifecycleSteps('REVISION_REQUESTED')).toMatchObject({ step: 3, onPath: false, next: ['SCREENING', 'WITHDRAWN'] });
  expect(lifecycleSteps('REMEDIATION')).toMatchObject({ step: 7, onPath: false });
  expect(lifecycleSteps('WITHDRAWN')).toMatchObject({ onPath: false, final: true, next: [] });
});

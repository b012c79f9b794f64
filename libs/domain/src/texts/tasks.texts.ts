// Refusals of the rules on tasks (libs/domain/src/permissions.ts): who may claim, release, decide and reassign.
export const TASK_TEXTS = {
  task_not_found: { kind: 'not_found', en: 'no task {id}', ko: '과제가 없습니다: {id}' },
  task_not_for_your_groups: {
    kind: 'forbidden',
    en: 'task {id} is for {group}, not one of your groups',
    ko: '이 과제({id})는 {group} 그룹의 과제이며, 귀하가 속한 그룹이 아닙니다',
  },
  own_department_review: {
    kind: 'forbidden',
    en: 'you cannot review a proposal of your own department ({department})',
    ko: '소속 부서({department})의 제안은 검토할 수 없습니다',
  },
  conflict_declared_with_proposal: {
    kind: 'forbidden',
    en: 'you declared a conflict of interest with proposal {id}',
    ko: '이 제안({id})에 대해 이해충돌을 신고하셨습니다',
  },
  conflict_declared_with_department: {
    kind: 'forbidden',
    en: 'you declared a conflict of interest with the department {department}',
    ko: '이 제안의 부서({department})에 대해 이해충돌을 신고하셨습니다',
  },
  task_completed: { kind: 'conflict', en: 'task {id} is completed already', ko: '이 과제({id})는 이미 완료되었습니다' },
  task_cancelled: { kind: 'conflict', en: 'task {id} was cancelled', ko: '이 과제({id})는 취소되었습니다' },
  task_claimed_by_other: {
    kind: 'conflict',
    en: 'task {id} is already claimed by {assignee}',
    ko: '이 과제({id})는 이미 다른 사람이 맡았습니다: {assignee}',
  },
  task_not_claimed: { kind: 'conflict', en: 'task {id} is not claimed', ko: '이 과제({id})는 맡은 사람이 없습니다' },
  task_assigned_to_other: {
    kind: 'forbidden',
    en: 'task {id} is assigned to {assignee}',
    ko: '이 과제({id})는 다른 사람에게 배정되어 있습니다: {assignee}',
  },
  second_signoff_seat: {
    kind: 'conflict',
    en: 'you hold another seat of this sign-off already: no officer signs off a proposal twice',
    ko: '이미 이 승인의 다른 자리를 맡고 있습니다. 한 사람이 한 제안을 두 번 승인할 수 없습니다',
  },
  // what a decision must carry; each names the field at fault (decision, comment, conditions)
  decision_not_for_kind: {
    kind: 'invalid',
    en: "{kind:kind} takes no decision '{decision:decision}'",
    ko: "{kind:kind} 과제에는 '{decision:decision}' 결정이 없습니다",
  },
  decision_needs_comment: {
    kind: 'invalid',
    en: 'the decision {decision:decision} needs a comment',
    ko: '{decision:decision} 결정에는 의견이 필요합니다',
  },
  decision_needs_conditions: {
    kind: 'invalid',
    en: 'the decision {decision:decision} needs its conditions, none of them blank',
    ko: '{decision:decision} 결정에는 비어 있지 않은 조건이 하나 이상 필요합니다',
  },
  conditions_without_conditional_decision: {
    kind: 'invalid',
    en: 'only an approval with conditions takes conditions, not {decision:decision}',
    ko: '조건은 조건부 승인에만 붙일 수 있습니다({decision:decision} 결정에는 붙일 수 없습니다)',
  },
  // an administrator's reassignment: the new assignee must be one who could claim the task
  task_assigned_already: {
    kind: 'conflict',
    en: 'task {id} is assigned to {assignee} already',
    ko: '이 과제({id})는 이미 이 사람에게 배정되어 있습니다: {assignee}',
  },
  assignee_not_in_group: {
    kind: 'invalid',
    en: "{assignee} is not of {group}, the task's candidate group",
    ko: '과제의 후보 그룹({group})에 속하지 않은 사람입니다: {assignee}',
  },
  assignee_of_proposal_department: {
    kind: 'invalid',
    en: "{assignee} works in {department}, the proposal's own department",
    ko: '제안한 부서({department})에서 일하는 사람입니다: {assignee}',
  },
  assignee_declared_conflict: {
    kind: 'invalid',
    en: '{assignee} declared a conflict of interest with this proposal or its department',
    ko: '이 제안이나 그 부서에 대해 이해충돌을 신고한 사람입니다: {assignee}',
  },
  assignee_holds_other_seat: {
    kind: 'invalid',
    en: '{assignee} holds another seat of this sign-off already',
    ko: '이 승인의 다른 자리를 이미 맡은 사람입니다: {assignee}',
  },
  // Separation of duties, as the proposal's policy sets it (policy/*.json, separationOfDuties).
  second_review_in_round: {
    kind: 'forbidden',
    en: 'you hold or decided another review of this proposal in round {round}: one person decides at most {max} per round',
    ko: '{round}회차에 이 제안의 다른 검토를 이미 맡았거나 결정했습니다. 한 사람은 한 회차에 {max}건까지만 검토할 수 있습니다',
  },
  reviewer_signs_off: {
    kind: 'forbidden',
    en: 'you reviewed this proposal: nobody both reviews and signs off the same proposal',
    ko: '이 제안을 검토하셨습니다. 같은 제안을 검토하고 승인까지 할 수는 없습니다',
  },
  assignee_separation_of_duties: {
    kind: 'invalid',
    en: '{assignee} reviewed this proposal, or holds another of its reviews this round: separation of duties',
    ko: '직무 분리: 이 제안을 검토했거나 이번 회차의 다른 검토를 맡은 사람입니다: {assignee}',
  },
  // all of an absent person's tasks: to one person, or each to its own
  reassign_all_needs_assignee: {
    kind: 'unprocessable',
    en: 'give the person who takes the tasks, or a person for each task',
    ko: '과제를 맡을 사람이나 과제마다 맡을 사람을 정하세요',
  },
  task_not_held_by: {
    kind: 'unprocessable',
    en: 'task {id} is not an open task of {person}',
    ko: '이 과제({id})는 {person}님이 맡은 진행 중인 과제가 아닙니다',
  },
} as const;

import { ApiProperty } from '@nestjs/swagger';

export class StageTierCountView {
  @ApiProperty() stage: string;
  @ApiProperty({ nullable: true, type: Number }) tier: number | null;
  @ApiProperty() count: number;
}

export class StageTimeView {
  @ApiProperty() stage: string;
  @ApiProperty({ description: 'stays in the stage that ended within the window' }) count: number;
  @ApiProperty() medianHours: number;
  @ApiProperty() p90Hours: number;
}

export class BreachCountView {
  @ApiProperty({ required: false }) department?: string;
  @ApiProperty({ required: false }) stage?: string;
  @ApiProperty() breaches: number;
}

export class SlaBreachesView {
  @ApiProperty({ type: [BreachCountView] }) byDepartment: BreachCountView[];
  @ApiProperty({ type: [BreachCountView] }) byStage: BreachCountView[];
}

export class AdminMetricsView {
  @ApiProperty({ example: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' } })
  window: { from: string; to: string };
  @ApiProperty({ type: [StageTierCountView], description: 'proposals now in each stage, by tier' })
  counts: StageTierCountView[];
  @ApiProperty({ type: [StageTimeView], description: 'time spent in each stage' })
  timeInStage: StageTimeView[];
  @ApiProperty({
    type: SlaBreachesView,
    description: 'waits whose due time fell in the window and that were not done by then',
    example: { byDepartment: [{ department: 'WELFARE', breaches: 2 }], byStage: [{ stage: 'EXPERT_REVIEW', breaches: 2 }] },
  })
  slaBreaches: SlaBreachesView;
}

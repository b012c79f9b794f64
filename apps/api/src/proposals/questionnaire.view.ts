import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONCERNS, type Concern, type Label, type Policy, type Tier } from '#domain';

class LabelView {
  @ApiProperty({ example: '공정성' }) ko: string;
  @ApiProperty({ example: 'Fairness' }) en: string;
}

export class OptionView {
  @ApiProperty({ example: 'directly' }) id: string;
  @ApiProperty({ type: LabelView }) label: Label;
}

export class QuestionView {
  @ApiProperty({ example: 'fa_effect_on_entitlements' }) id: string;
  @ApiProperty({ type: LabelView }) text: Label;
  @ApiProperty({ enum: ['single', 'multi', 'text'] }) kind: 'single' | 'multi' | 'text';
  @ApiProperty() required: boolean;
  @ApiPropertyOptional({
    enum: [1, 2, 3, 4],
    description: 'required only once the tier reaches this (fundamental-rights items: III)',
  })
  requiredFromTier?: Tier;
  @ApiProperty({ enum: CONCERNS, isArray: true }) concerns: Concern[];
  @ApiProperty({ type: [OptionView] }) options: OptionView[];
}

export class SectionView {
  @ApiProperty({ example: 'fairness' }) id: string;
  @ApiProperty({ type: LabelView }) title: Label;
  @ApiProperty({ type: [QuestionView] }) questions: QuestionView[];
}

/** The questionnaire as a department sees it: questions and options, not the points behind them. */
export class QuestionnaireView {
  @ApiProperty({ example: '2026.1' }) version: string;
  @ApiProperty({ type: [SectionView] }) sections: SectionView[];
  @ApiProperty({ type: [OptionView], description: 'the high-impact areas of the AI Basic Act a proposal may name' })
  highImpactAreas: OptionView[];

  static of({ version, sections, highImpactAreas }: Policy): QuestionnaireView {
    return {
      version,
      highImpactAreas: highImpactAreas.map(({ id, label }) => ({ id, label })),
      sections: sections.map((section) => ({
        id: section.id,
        title: section.title,
        questions: section.questions.map(({ id, text, kind, required, requiredFromTier, concerns, options }) => ({
          id,
          text,
          kind,
          required,
          requiredFromTier,
          concerns,
          options: options.map(({ id: optionId, label }) => ({ id: optionId, label })),
        })),
      })),
    };
  }
}

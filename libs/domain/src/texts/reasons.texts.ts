// Why an assessment has its tier (libs/domain/src/assessment.ts): the score's tier, mitigation lowering it,
// and the floors of DESIGN §3. Shares are percentages; an area is its policy label in both languages.
export const REASON_TEXTS = {
  /** A reason scored before reasons were coded: its English, as it was recorded. */
  reason_as_recorded: { en: '{text}', ko: '{text}' },
  tier_from_impact: {
    en: 'impact {impact} of {impactMax} ({share}%) gives tier {tier:tier}',
    ko: '영향 점수 {impact}/{impactMax} ({share}%)에 따라 등급 {tier:tier}',
  },
  tier_lowered_by_mitigation: {
    en: 'mitigation {mitigation} of {mitigationMax} reaches {threshold}%: score lowered by {reduction}% to {final}%, tier {tier:tier}',
    ko: '완화 점수 {mitigation}/{mitigationMax}가 {threshold}%에 이르러 점수를 {reduction}% 낮춘 {final}%, 등급 {tier:tier}',
  },
  tier_floor_fully_automated: {
    en: 'tier {tier:tier}: {area} decided fully automatically sets the floor',
    ko: '{area} 영역을 완전 자동으로 결정하므로 최저 등급 {tier:tier}',
  },
  tier_floor_high_impact_area: {
    en: "tier {tier:tier}: high-impact area '{area}' of the AI Basic Act sets the floor",
    ko: "AI 기본법의 고영향 영역 '{area}'이므로 최저 등급 {tier:tier}",
  },
  tier_floor_vulnerable_personal_data: {
    en: 'tier {tier:tier}: personal data with vulnerable groups affected sets the floor',
    ko: '취약계층에 영향을 주는 개인정보 처리이므로 최저 등급 {tier:tier}',
  },
} as const;

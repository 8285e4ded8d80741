// Recommended actions per tier, method.md section 7, as editable data in both languages.
import type { ActionKind, Language, LocalizedText } from "../types";

export const ACTION_KINDS: readonly ActionKind[] = ["high", "potential", "low", "churn"];

export const DEFAULT_ACTIONS: Record<ActionKind, LocalizedText> = {
  high: {
    "zh-CN": "配备专属客户经理，提供VIP服务和个性化优惠，邀请参加新品预览和专属活动",
    "en-US":
      "Dedicated account manager, VIP service, personalised offers, invitations to previews and events",
  },
  potential: {
    "zh-CN": "定期关怀回访，提供培训和成功案例，用阶梯式激励促进增购",
    "en-US": "Regular care, training and case studies, tiered incentives to buy more",
  },
  low: {
    "zh-CN": "提供标准化服务，采用自动化、低成本的营销，从中筛选有响应的客户重点培养",
    "en-US": "Standard service, automated low-cost marketing, pick out those who respond",
  },
  churn: {
    "zh-CN": "主动联系了解流失原因，解决问题，推送专属召回优惠",
    "en-US": "Contact to learn why, fix the cause, win-back offer",
  },
};

export type ActionOverrides = Partial<Record<ActionKind, Partial<LocalizedText>>>;

/** A churn warning wins over the class; then A (0) -> high, B (1) -> potential, anything else -> low. */
export function actionKindFor(abcClass: number, churn: boolean): ActionKind {
  if (churn) return "churn";
  if (abcClass === 0) return "high";
  return abcClass === 1 ? "potential" : "low";
}

/**
 * The action text in the given language. The user's edited text wins when it has any non-blank
 * character; a blank edit (an emptied cell) falls back to the default.
 */
export function actionText(
  kind: ActionKind,
  language: Language,
  overrides?: ActionOverrides
): string {
  const edited = overrides?.[kind]?.[language];
  if (edited !== undefined && edited.trim() !== "") return edited;
  return DEFAULT_ACTIONS[kind][language];
}

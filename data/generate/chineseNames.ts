// Plausible Chinese personal names for generated customers: a common surname and one or two
// given-name characters, so that data in the bench and the samples looks like a real shop's.
import type { Random } from "./random";

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁龙林欣怡佳琪子涵雨萱梓晨思远博文一诺梦瑶嘉怡雪婷晓东海波志强建国永红春梅秋菊冬雪";

export function chineseName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const first = random.pick(GIVEN);
  return random.chance(0.7) ? surname + first + random.pick(GIVEN) : surname + first;
}

/** `count` distinct names (a sample file keys customers by name, so two customers must not share one). */
export function distinctNames(count: number, random: Random): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(chineseName(random));
  return [...seen];
}

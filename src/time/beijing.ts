import { tz } from '@date-fns/tz/tz'

/** The zone every calendar day of the dataset is in: the deadlines and publications are China's. */
export const BEIJING = 'Asia/Shanghai'

/** The date-fns context (`{ in: inBeijing }`) that makes a date-fns function work in Beijing time. */
export const inBeijing = /* @__PURE__ */ tz(BEIJING)

/** The zone every calendar day of the dataset is in: the deadlines and publications are China's. */
export const BEIJING = 'Asia/Shanghai'

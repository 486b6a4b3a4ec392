/** Every entry of a [key, time] index under `key`, at any time. */
export const allTimesOf = <K extends string>(key: K) => IDBKeyRange.bound([key, ''], [key, '\uffff']);

/** Every entry of the [page address, time] index on one origin: its addresses sort together, from `${origin}/` on. */
export const allOfSite = (origin: string) => IDBKeyRange.bound([`${origin}/`, ''], [`${origin}/\uffff`, '\uffff']);

export const flags = ['--suite'];

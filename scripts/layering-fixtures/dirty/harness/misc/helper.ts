// A folder with no layer: reported even though this module imports nothing.
export const helper = 1;

// servo in a comment is fine; so is the word 'service'.
export const kind = 'service';
export const pick = (engine: string): number => (engine === 'servo' ? 1 : 0);
export const isServo = (ua: string): boolean => /Servo\/\d+/.test(ua); // the product name in a pattern, not the engine id

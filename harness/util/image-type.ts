// Screenshots come as PNG (WebDriver) or JPEG (Playwright, cheaper to encode): tell them apart by
// their first bytes, so files and attachments carry the right type.
export function imageType(data: Buffer): { contentType: 'image/png' | 'image/jpeg'; extension: '.png' | '.jpg' } {
  return data[0] === 0xff && data[1] === 0xd8 ? { contentType: 'image/jpeg', extension: '.jpg' } : { contentType: 'image/png', extension: '.png' };
}

import type { ModelPhotoType } from '@danvan/shared';

/**
 * A picture's real type from its first bytes (its signature), never from its name or the browser's
 * claim: JPEG, PNG or WebP, or null for anything else.
 */
export function sniffImageType(content: Buffer): ModelPhotoType | null {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (content.subarray(0, 4).toString('latin1') === 'RIFF' && content.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  return null;
}

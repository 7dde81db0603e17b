// What a browser brand on an OS says about itself: the user agent string, navigator.platform and the
// UA Client Hints platform. Each engine folder fills this in for its brands and applies it its own way.
export interface OsIdentity {
  userAgent: string;
  platform: string;
  /** UA-CH platform name and version (Sec-CH-UA-Platform); empty where the engine sends no UA-CH. */
  chPlatform: string;
  chPlatformVersion: string;
  mobile: boolean;
}

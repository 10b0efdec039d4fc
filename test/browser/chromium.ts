import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; npm's browser downloads do not work on these machines. */
export const CHROMIUM_PATH = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // Without these Chromium keeps calling home, and a closed network makes that slow and noisy.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

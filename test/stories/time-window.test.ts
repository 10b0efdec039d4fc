import { describe, expect, it } from 'vitest';
import { horizonDays, windowFactor } from '../../src/stories/time-window.js';

const options = { windowDays: 30, followUpDays: 90, followUpFactor: 0.7 };

describe('windowFactor', () => {
  it('counts similarity in full within the window, discounted up to the horizon, not at all past it', () => {
    expect(windowFactor(0, options)).toBe(1);
    expect(windowFactor(30, options)).toBe(1);
    expect(windowFactor(31, options)).toBe(0.7);
    expect(windowFactor(90, options)).toBe(0.7);
    expect(windowFactor(91, options)).toBe(0);
  });

  it('reaches as far as the wider of window and horizon', () => {
    expect(horizonDays(options)).toBe(90);
    expect(horizonDays({ ...options, windowDays: 3650 })).toBe(3650);
    expect(windowFactor(400, { ...options, windowDays: 3650 })).toBe(1);
    expect(windowFactor(31, { ...options, followUpDays: 0 })).toBe(0);
  });
});

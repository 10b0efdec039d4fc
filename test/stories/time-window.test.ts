import { describe, expect, it } from 'vitest';
import {
  horizonDays,
  lookupDays,
  looksUpLate,
  windowFactor,
} from '../../src/stories/time-window.js';

const options = {
  windowDays: 30,
  followUpDays: 90,
  followUpFactor: 0.7,
  lateFollowUpDays: 730,
  lateFollowUpFactor: 0.5,
};

describe('windowFactor', () => {
  it('counts similarity in full within the window, discounted up to the horizons, not at all past them', () => {
    expect(windowFactor(0, options)).toBe(1);
    expect(windowFactor(30, options)).toBe(1);
    expect(windowFactor(31, options)).toBe(0.7);
    expect(windowFactor(90, options)).toBe(0.7);
    expect(windowFactor(91, options)).toBe(0.5);
    expect(windowFactor(730, options)).toBe(0.5);
    expect(windowFactor(731, options)).toBe(0);
  });

  it('reaches as far as the widest of window and horizons', () => {
    expect(horizonDays(options)).toBe(730);
    expect(horizonDays({ ...options, windowDays: 3650 })).toBe(3650);
    expect(windowFactor(400, { ...options, windowDays: 3650 })).toBe(1);
    expect(windowFactor(31, { ...options, followUpDays: 0, lateFollowUpDays: 0 })).toBe(0);
    expect(windowFactor(91, { ...options, lateFollowUpDays: 0 })).toBe(0);
  });

  it('reads weekly lists as far as the follow-up horizon, and all-time lists for late follow-ups', () => {
    expect(lookupDays(options)).toBe(90);
    expect(looksUpLate(options)).toBe(true);
    expect(looksUpLate({ ...options, lateFollowUpDays: 90 })).toBe(false);
    expect(looksUpLate({ ...options, windowDays: 3650 })).toBe(false);
  });
});

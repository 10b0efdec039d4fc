import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/detect-language.js';

const TEXTS: Record<string, string> = {
  en: 'Dock workers at the Port of Lisbon walked out on Tuesday after talks on pay broke down, the union said, leaving ships waiting offshore for the third day in a row.',
  pt: 'Os estivadores do porto de Lisboa pararam na terça-feira depois de as negociações salariais terem falhado, disse o sindicato, deixando os navios à espera ao largo.',
  de: 'Die Hafenarbeiter in Hamburg haben am Dienstag die Arbeit niedergelegt, nachdem die Tarifverhandlungen gescheitert waren, teilte die Gewerkschaft mit.',
  fr: 'Les dockers du port de Marseille ont cessé le travail mardi après l’échec des négociations salariales, a indiqué le syndicat, laissant les navires au large.',
  es: 'Los estibadores del puerto de Valencia dejaron de trabajar el martes tras el fracaso de las negociaciones salariales, dijo el sindicato, y los barcos esperan.',
  nl: 'De havenarbeiders in Rotterdam legden dinsdag het werk neer nadat de loononderhandelingen waren mislukt, zei de vakbond, en de schepen wachten op zee.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(TEXTS))('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('trusts a declared tag and says nothing about very short text', () => {
    expect(detectLanguage(TEXTS.en!, 'pt-BR')).toBe('pt');
    expect(detectLanguage('Olá')).toBeNull();
  });

  it('reads a one-sentence English brief as English, not as the language of a few n-grams', () => {
    // The n-gram model alone puts this in Dutch.
    expect(detectLanguage('The dock strike is over in Lisbon.')).toBe('en');
  });

  it('gives no language for a short text that neither its function words nor a confident guess tell', () => {
    // Names and capitals only: the n-gram model's best guesses (Danish, Italian) are weak.
    expect(
      detectLanguage('VALMORA ROVERS Fired Tom Keane, manager. Named Luis Ortega manager.'),
    ).toBeNull();
    expect(detectLanguage('Ferry Operator Sacks Captain.')).toBeNull();
  });
});

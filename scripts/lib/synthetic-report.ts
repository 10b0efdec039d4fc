/** One invented dock-strike report, varied by its number: the benchmarks' simple synthetic article. */
export const CITIES = [
  'Lisbon',
  'Porto',
  'Gdańsk',
  'Rotterdam',
  'Valencia',
  'Genoa',
  'Piraeus',
  'Antwerp',
];
const NAMES = [
  'Ana Duarte',
  'Pieter van Dijk',
  'Park Min-jun',
  'Joana de Almeida',
  'Khalid al-Mansouri',
  'Marta Cruz',
];

/** The paragraphs of report `n`; its spokesperson is the `speaker`-th name (default `n`). */
export function reportParagraphs(n: number, speaker = n): string[] {
  const city = CITIES[n % CITIES.length]!;
  const name = NAMES[speaker % NAMES.length]!;
  const workers = 800 + ((n * 37) % 1200);
  return [
    `${city.toUpperCase()} — About ${workers} dock workers walked out on Wednesday after talks on pay and shift lengths broke down for the ${n}th time, leaving cranes idle and ships waiting offshore.`,
    `“We have waited long enough,” said ${name}, a spokesperson for the port workers’ union. “Nobody goes back until the contract is signed.”`,
    `The port authority said in a statement that it regretted the walkout and that ${(n % 40) + 10} vessels had been diverted to other harbours since Monday.`,
    `Shipping agents estimated the cost of the stoppage at ${(n % 9) + 1} million euros a day. Talks are due to resume next week, according to the labour ministry.`,
    `${name.split(' ')[0]} Reis reported from ${city}.`,
  ];
}

import cliProgress from 'cli-progress';

/** A one-line counter on a terminal's stderr; silent when stderr is piped or in CI. */
export function progressLine(label: string) {
  if (!process.stderr.isTTY || process.env.CI)
    return { update: (_text: string) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {text}`,
      stream: process.stderr,
      hideCursor: true,
      fps: 10,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { text: '' });
  return {
    update: (text: string) => bar.update(0, { text }),
    stop: () => bar.stop(),
  };
}

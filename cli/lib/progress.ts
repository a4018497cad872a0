// A one-line progress bar on stderr, drawn only when stderr is a terminal.

export interface Progress {
  tick(done: number): void;
  end(): void;
}

export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const on = stream.isTTY === true;
  const start = Date.now();
  let last = -1;
  const draw = (done: number) => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const secs = (Date.now() - start) / 1000;
    const eta = done > 0 && done < total ? ` eta ${Math.ceil((secs / done) * (total - done))} s` : '';
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${secs.toFixed(1)} s${eta}   `);
  };
  return {
    tick(done: number) {
      if (!on) return;
      const pctNow = Math.floor((done / Math.max(1, total)) * 200);
      if (pctNow === last && done < total) return;
      last = pctNow;
      draw(done);
    },
    end() {
      if (on) stream.write('\n');
    },
  };
}

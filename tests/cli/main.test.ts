import { it } from 'vitest';
import { styleText } from 'node:util';
it('probe', () => { console.error(JSON.stringify({ tty: process.stdout.isTTY, etty: process.stderr.isTTY, fc: process.env.FORCE_COLOR, nc: process.env.NO_COLOR, s: styleText('red', 'x') })); });

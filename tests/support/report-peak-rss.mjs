// Loaded with `node --import` in front of a command under test: when the process exits it writes
// its peak resident set size (kilobytes, worker threads included) to $AIM_PEAK_RSS_FILE.
import fs from 'node:fs';

const target = process.env.AIM_PEAK_RSS_FILE;
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));

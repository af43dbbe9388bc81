// Loaded with `node -r` by profile-request.mjs (which forks the API): the message 'start' starts the V8 CPU profiler,
// 'stop' stops it and writes the profile to CPU_PROFILE_FILE (not signals: Nest's shutdown hooks listen to SIGUSR2).
// Profiles only the window the bench asks for, not start-up.
const inspector = require('node:inspector');
const { renameSync, writeFileSync } = require('node:fs');

const session = new inspector.Session();
session.connect();
let running = false;
process.on('message', (message) => {
  if (message === 'start' && !running) {
    running = true;
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 250 }, () => session.post('Profiler.start')));
    return;
  }
  if (message !== 'stop' || !running) return;
  running = false;
  session.post('Profiler.stop', (error, result) => {
    const file = process.env.CPU_PROFILE_FILE ?? 'api.cpuprofile';
    writeFileSync(`${file}.part`, error ? '{}' : JSON.stringify(result.profile));
    renameSync(`${file}.part`, file);
  });
});

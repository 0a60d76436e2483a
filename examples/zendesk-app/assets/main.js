// ZAF wiring: reads the app's settings and hands ticket.save to onTicketSave
// (assets/hook.js, a copy of lib/hook.js where the logic and its tests live).
/* global ZAFClient */
import { DEFAULT_TIMEOUT_MS, onTicketSave, settingsFrom } from './hook.js';

const client = ZAFClient.init();
client.invoke('resize', { width: '100%', height: '40px' });

// settings that cannot be read (a malformed brand map) save replies unchecked, as when
// chatwriter is down, and say why in the console
const ready = client
  .metadata()
  .then((metadata) => settingsFrom(metadata.settings, client))
  .catch((err) => {
    console.error('chatwriter app settings:', err && err.message ? err.message : err);
    return null;
  });

client.on('ticket.save', () =>
  // settings come with app.registered; if they never do, save unchecked
  Promise.race([ready, new Promise((resolve) => setTimeout(resolve, DEFAULT_TIMEOUT_MS, null))]).then((settings) =>
    settings ? onTicketSave(client, settings) : true,
  ),
);

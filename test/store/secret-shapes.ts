/**
 * The secret shapes of the sandbox review (shared/reviews/sandbox-redteam.md, H4/H5), each with the
 * part that must never be stored. Every secret value contains "hunter2" or is a token shape, so a
 * dump can be searched for all of them at once.
 */
export const SECRET_SHAPES: { name: string; text: string; secret: string }[] = [
  { name: '--x-pass V', text: 'why does docker run --db-pass hunter2-CMD fail', secret: 'hunter2-CMD' },
  { name: '--password V (space)', text: 'mysql --password hunter2-TOP0 -h db', secret: 'hunter2-TOP0' },
  { name: '--password=V', text: 'login --password=hunter2-EQ', secret: 'hunter2-EQ' },
  { name: '-pV', text: 'mysql -uroot -phunter2-LOGP in a container', secret: 'hunter2-LOGP' },
  { name: '-p V', text: 'docker login -u me -p hunter2-SHORTP registry', secret: 'hunter2-SHORTP' },
  { name: 'PASS=', text: 'DB_PASS=hunter2-DBPASS is in my env', secret: 'hunter2-DBPASS' },
  { name: 'PGPASS=', text: 'PGPASS=hunter2-PGPASS psql', secret: 'hunter2-PGPASS' },
  { name: 'PWD=', text: 'MYSQL_PWD=hunter2-PWD mysql', secret: 'hunter2-PWD' },
  { name: 'TOKEN=', text: 'export GITHUB_TOKEN=hunter2-TOKEN', secret: 'hunter2-TOKEN' },
  { name: 'SECRET=', text: 'APP_SECRET=hunter2-SECRET docker run app', secret: 'hunter2-SECRET' },
  { name: 'KEY=', text: 'KEY=hunter2-KEY and API_KEY=hunter2-APIKEY', secret: 'hunter2-' },
  { name: 'pass: V', text: 'the log says pass: hunter2-LOG5', secret: 'hunter2-LOG5' },
  { name: 'JSON password', text: 'logs show {"password": "hunter2 LOG6 with spaces"}', secret: 'hunter2 LOG6' },
  { name: 'Basic', text: 'Authorization: Basic dXNlcjpodW50ZXIy', secret: 'dXNlcjpodW50ZXIy' },
  { name: 'Bearer', text: 'curl -H "Authorization: Bearer abc.hunter2-BEARER.xyz"', secret: 'hunter2-BEARER' },
  { name: 'JWT', text: 'my token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodW50ZXIyIn0.c2lnbmF0dXJlaHVudGVy is rejected', secret: 'eyJzdWIiOiJodW50ZXIyIn0' },
  { name: 'AWS key', text: 'aws says AKIAIOSFODNN7EXAMPLE is invalid', secret: 'AKIAIOSFODNN7EXAMPLE' },
  { name: 'Google key', text: 'key AIzaSyA-hunter2hunter2hunter2hunter2xx', secret: 'AIzaSyA-hunter2' },
  { name: 'Slack token', text: 'SLACK_BOT_TOKEN xoxb-1234-5678-hunter2abc', secret: 'xoxb-1234' },
  { name: 'GitHub token', text: 'clone with ghp_hunter2hunter2hunter2hunter2abcd', secret: 'ghp_hunter2' },
  { name: 'URL userinfo', text: 'docker pull from https://user:hunter2-URL@registry.example.com/x', secret: 'hunter2-URL' },
  { name: 'proxy userinfo', text: 'HTTP Proxy: http://user:hunter2-PROXY@proxy:3128', secret: 'hunter2-PROXY' },
];

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/render/report-html.ts';
import { sampleReport } from './report-fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
const why = existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install -y chromium)`;
if (why && process.env.CI) throw new Error(`CI needs Chromium for the HTML report test: ${why}`);

let dir: string;
let browser: BrowserContext;

beforeAll(async () => {
  if (why) return;
  dir = mkdtempSync(join(tmpdir(), 'dh-html-'));
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reportHtml', () => {
  it('is one page with nothing to fetch: no scripts, no links out, a CSP that forbids requests', () => {
    const html = reportHtml(sampleReport());
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(/i);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it.skipIf(why !== null)(`shows the numbers and one bar pair per day in headless Chromium, with no errors or requests${why ? ` (SKIPPED: ${why})` : ''}`, async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, reportHtml(sampleReport()));
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`);

    expect(await page.locator('#questions b').innerText()).toBe('14');
    expect(await page.locator('#answered b').innerText()).toBe('9');
    expect(await page.locator('#share b').innerText()).toBe('64%');
    expect(await page.locator('#gaps b').innerText()).toBe('3');

    const days = await page.locator('svg g.day').evaluateAll((gs) =>
      gs.map((g) => ({
        date: g.getAttribute('data-date'),
        questions: g.querySelector('.bar-questions')!.getBoundingClientRect().height,
        answered: g.querySelector('.bar-answered')!.getBoundingClientRect().height,
        share: g.querySelector('.share')!.textContent,
      })),
    );
    expect(days.map((d) => [d.date, d.share])).toEqual([['2026-11-24', '75%'], ['2026-11-25', '–'], ['2026-11-26', '60%']]);
    // Heights follow the numbers: the busiest day is the tallest bar; a day without questions has none.
    expect(days[2]!.questions).toBeGreaterThan(100);
    expect(days[0]!.questions / days[2]!.questions).toBeCloseTo(0.4, 1);
    expect(days[2]!.answered / days[2]!.questions).toBeCloseTo(0.6, 1);
    expect(days[1]!.questions).toBe(0);

    const body = await page.locator('body').innerText();
    expect(body).toContain('how do I mount a host folder');
    expect(body).toContain('bind-mounts');
    expect(body).toContain('<script>alert(1)</script> & "quotes"');
    expect(body).toContain('怎麼掛載資料夾');
    expect(body).toContain('docker container run -i -t');
    expect(body).toContain('“ipc is missing”');
    expect(await page.locator('table').nth(0).locator('tbody tr').count()).toBe(3);
    expect(problems).toEqual([]);
    expect(requests).toEqual([`file://${file}`]);
    await page.close();
  });
});

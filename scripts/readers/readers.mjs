// Reader tests for a Scholia EPUB (see scripts/readers.sh and the README, "Reader tests").
//
//   node readers.mjs BOOK.epub [SCREENSHOT-DIR]
//
// 1. foliate-js in headless Chromium: checks that the title page is centred; opens the first chapter that cites a note and links a
//    glossary term in its text, clicks the first of each, and checks that a pop-up shows the
//    note's text, and the term's headword with its definition.
// 2. MuPDF (mutool draw): renders the whole book as text and as a trace, and checks that every
//    glossary definition appears exactly once, that no page-list or landmarks text appears,
//    and that no chapter's last page draws a rule.
// Prints one line per check and a summary; exits 1 if any check failed.
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer from 'puppeteer-core'

const here = dirname(fileURLToPath(import.meta.url))
const [bookArg, shotsArg] = process.argv.slice(2)
if (!bookArg) { console.error('usage: node readers.mjs BOOK.epub [SCREENSHOT-DIR]'); process.exit(2) }
const book = resolve(bookArg)
const shots = shotsArg ? resolve(shotsArg) : null
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
let failures = 0
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures++ }
const norm = s => s.replace(/\s+/g, ' ').trim()

// ---- the EPUB's own documents, for the expected texts ----------------------------------------
const entry = path => execFileSync('unzip', ['-p', book, path], { maxBuffer: 1 << 28 }).toString('utf8')
const names = execFileSync('unzip', ['-Z1', book]).toString().split('\n').filter(Boolean)
const chapters = names.filter(n => /^OEBPS\/.*\.xhtml$/.test(n))
    .filter(n => !/\/(cover|title|nav|glossary)\.xhtml$/.test(n))
const glossaryXhtml = names.includes('OEBPS/glossary.xhtml') ? entry('OEBPS/glossary.xhtml') : ''
const navXhtml = entry('OEBPS/nav.xhtml')
const text = html => norm(html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'"))
// entries: id, headword, the first paragraph of the definition
const entries = [...glossaryXhtml.matchAll(/<div id="([^"]+)" class="entry">([\s\S]*?)<\/div>/g)].map(m => ({
    id: m[1],
    headword: text((m[2].match(/<dfn>([\s\S]*?)<\/dfn>/) ?? [, ''])[1]),
    definition: text((m[2].match(/<p[^>]*class="definition"[^>]*>([\s\S]*?)<\/p>/) ?? [, ''])[1]),
}))
const inText = (html, cls) => {
    const body = html.split('<section id=')[0] // the chapter's text, before its notes
    return new RegExp(`class="${cls}"`).test(body)
}
const chapter = chapters.find(n => { const h = entry(n); return inText(h, 'noteref') && inText(h, 'glossref') })

// ---- 1. foliate-js ----------------------------------------------------------------------------
async function foliate() {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' }
    const server = createServer((req, res) => {
        const url = decodeURIComponent(new URL(req.url, 'http://x').pathname)
        const file = url === '/book.epub' ? book : join(here, url)
        if (!file.startsWith(here) && file !== book) { res.writeHead(403).end(); return }
        try {
            const data = readFileSync(file)
            res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(data)
        } catch { res.writeHead(404).end() }
    })
    await new Promise(r => server.listen(0, '127.0.0.1', r))
    const profile = mkdtempSync(join(tmpdir(), 'scholia-chromium-'))
    const browser = await puppeteer.launch({
        executablePath: CHROMIUM, headless: true, userDataDir: profile,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
    try {
        const page = await browser.newPage()
        await page.setViewport({ width: 720, height: 960 })
        await page.goto(`http://127.0.0.1:${server.address().port}/harness.html`)
        await page.waitForFunction(() => window.harness?.ready, { timeout: 30000 })
        const errors = await page.evaluate(() => window.harness.errors)
        check(errors.length === 0, `foliate-js opened the book ${errors.join('; ')}`)
        // the title page: every line centred, although the reader justifies p
        await page.evaluate(() => window.harness.open('title.xhtml'))
        const aligns = await page.evaluate(() => [...window.harness.doc().querySelectorAll('.titlepage h1, .titlepage p')]
            .map(e => getComputedStyle(e).textAlign))
        check(aligns.length > 0 && aligns.every(a => a === 'center'), `title page: ${aligns.length} lines, all centred`)
        if (!chapter) { check(false, 'a chapter with a note reference and a glossary term in its text'); return }
        const doc = chapter.slice('OEBPS/'.length)
        const xhtml = entry(chapter)

        if (shots) {
            await page.evaluate(d => window.harness.openEnd(d), doc)
            await page.screenshot({ path: join(shots, 'foliate-chapter-end.png') })
        }
        // the note
        await page.evaluate(d => window.harness.open(d), doc)
        const note = await page.evaluate(() => window.harness.click('a.noteref'))
        await page.waitForFunction(() => window.harness.popups.length >= 1, { timeout: 10000 }).catch(() => {})
        const notePopup = (await page.evaluate(() => window.harness.popups))[0]
        const asideId = note.href.slice(1)
        const aside = xhtml.match(new RegExp(`<aside id="${asideId}"[^>]*>([\\s\\S]*?)</aside>`))
        const noteText = aside ? text(aside[1]) : '(no aside)'
        check(!!notePopup && notePopup.text === noteText,
            `note pop-up: ${note.href} shows its note (${notePopup ? notePopup.text.length : 0} chars, type ${notePopup?.type})`)
        if (shots) await page.screenshot({ path: join(shots, 'foliate-note-popup.png') })
        await page.evaluate(() => window.harness.closePopup())

        // the glossary term
        const term = await page.evaluate(() => window.harness.click('a.glossref'))
        await page.waitForFunction(() => window.harness.popups.length >= 2, { timeout: 10000 }).catch(() => {})
        const termPopup = (await page.evaluate(() => window.harness.popups))[1]
        const e = entries.find(x => term.href.endsWith('#' + x.id))
        const okTerm = !!termPopup && !!e && termPopup.text.startsWith(e.headword) && termPopup.text.includes(e.definition)
        check(okTerm, `term pop-up: "${term.text}" shows its headword and definition (${termPopup ? termPopup.text.length : 0} chars)`)
        if (shots) await page.screenshot({ path: join(shots, 'foliate-term-popup.png') })
        console.log(`foliate-js: pop-ups found ${[notePopup, termPopup].filter(Boolean).length} of 2`)
    } finally {
        await browser.close()
        server.close()
        rmSync(profile, { recursive: true, force: true })
    }
}

// ---- 2. MuPDF ---------------------------------------------------------------------------------
function mupdf() {
    const dir = mkdtempSync(join(tmpdir(), 'scholia-mupdf-'))
    try {
        execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', join(dir, 'book.txt'), book], { stdio: 'ignore' })
        execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-o', join(dir, 'book.trace'), book], { stdio: 'ignore' })
        const pages = readFileSync(join(dir, 'book.txt'), 'utf8').split('\f')
        // a definition's first 60 characters, counted in the whole text (lines joined, so that
        // MuPDF's line breaks do not hide a copy)
        const all = norm(pages.join(' '))
        let duplicates = 0, missing = 0
        for (const e of entries) {
            const probe = e.definition.slice(0, 60)
            const n = probe ? all.split(probe).length - 1 : 1
            if (n > 1) duplicates++
            if (n < 1) missing++
        }
        check(entries.length > 0 && duplicates === 0 && missing === 0,
            `MuPDF: ${entries.length} definitions, each exactly once (duplicated ${duplicates}, missing ${missing})`)
        // the hidden navs' headings
        const hiddenTitles = [...navXhtml.matchAll(/<nav[^>]*hidden[^>]*>\s*<h2[^>]*>([^<]*)<\/h2>/g)].map(m => m[1])
        const lines = new Set(pages.join('\n').split('\n').map(norm))
        const shown = hiddenTitles.filter(t => lines.has(t))
        check(hiddenTitles.length > 0 && shown.length === 0,
            `MuPDF: no page-list or landmarks text (${hiddenTitles.join(', ')}: shown ${shown.length})`)
        // a chapter's end: its pages from the one holding its last paragraph of text to the page
        // before the next document's first (each spine document starts a page); paths are rules
        const trace = readFileSync(join(dir, 'book.trace'), 'utf8').split(/<page /).slice(1)
        const titles = chapters.map(c => text((entry(c).match(/<h1[^>]*>([\s\S]*?)<\/h1>/) ?? [, ''])[1]))
        const firstPage = titles.map(t => pages.findIndex(p => norm(p).startsWith(t)))
        let rules = 0, ends = 0
        for (let i = 0; i < firstPage.length; i++) {
            if (firstPage[i] < 0) continue
            const next = i + 1 < firstPage.length ? firstPage[i + 1] : pages.findIndex((p, k) => k > firstPage[i] && /^\s*Glossary/.test(p))
            if (next <= 0) continue
            // from the page where the chapter's last paragraph of text begins to the chapter's end
            const body = entry(chapters[i]).split('<section id=')[0]
            const ps = [...body.matchAll(/<p id="[^"]*"[^>]*>([\s\S]*?)<\/p>/g)]
            const probe = ps.length ? text(ps[ps.length - 1][1]).slice(8, 48) : ''
            let from = next - 1
            for (let k = firstPage[i]; k < next; k++) if (probe && norm(pages[k]).includes(probe)) { from = k; break }
            ends++
            for (let k = from; k < next; k++) rules += (trace[k]?.match(/<(fill|stroke)_path/g) ?? []).length
        }
        check(ends === chapters.length && rules === 0, `MuPDF: ${ends} chapter ends, ${rules} rules drawn on them`)
        console.log(`MuPDF: ${pages.length - 1} pages, ${duplicates} duplicated definitions`)
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
}

if (shots) mkdirSync(shots, { recursive: true })
await foliate()
mupdf()
if (shots) {
    // MuPDF's rendering of the same chapter's last page
    const txt = execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', book], { maxBuffer: 1 << 28 }).toString().split('\f')
    const ch = chapters.indexOf(chapter)
    const t = ch + 1 < chapters.length ? text((entry(chapters[ch + 1]).match(/<h1[^>]*>([\s\S]*?)<\/h1>/) ?? [, ''])[1]) : 'Glossary'
    const next = txt.findIndex(p => norm(p).startsWith(t))
    if (next > 0) execFileSync('mutool', ['draw', '-q', '-r', '96', '-o', join(shots, 'mupdf-chapter-end.png'), book, String(next)])
}
console.log(failures === 0 ? 'all reader checks passed' : `${failures} reader check(s) failed`)
process.exit(failures === 0 ? 0 : 1)

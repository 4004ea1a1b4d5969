// Opens /book.epub in foliate-js as the Foliate reader does: a foliate-view for the book, the
// reader's stylesheet (notes hidden, text justified), and FootnoteHandler for links, which
// shows what a note or glossary link points at in a second foliate-view (the pop-up).
// scripts/readers/readers.mjs drives this page through puppeteer-core.
import './node_modules/foliate-js/view.js'
import { FootnoteHandler } from './node_modules/foliate-js/footnotes.js'

// What Foliate's reader sets on every document: the parts that matter here are the justified
// paragraphs (which beat inherited alignment) and the hidden note asides.
const READER_CSS = `
  @namespace epub "http://www.idpf.org/2007/ops";
  p, li, blockquote, dd { text-align: justify; line-height: 1.4; }
  aside[epub|type~="endnote"], aside[epub|type~="footnote"],
  aside[epub|type~="note"], aside[epub|type~="rearnote"] { display: none; }
`

const view = document.getElementById('book')
const popup = document.getElementById('popup')
const footnotes = new FootnoteHandler()
const state = { popups: [], errors: [], ready: false }
window.harness = state

footnotes.addEventListener('before-render', e => {
    const { view: inner } = e.detail
    inner.addEventListener('link', ev => ev.preventDefault())
    inner.addEventListener('load', ev => ev.detail.doc && inner.renderer.setStyles?.(READER_CSS))
    popup.replaceChildren(inner)
    popup.classList.add('shown')
})
footnotes.addEventListener('render', e => {
    const { view: inner, type, hidden, target } = e.detail
    const doc = inner.renderer.getContents()[0]?.doc
    state.popups.push({ type, hidden, text: (doc?.body?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        target: target?.id ?? null })
})
view.addEventListener('load', e => view.renderer.setStyles?.(READER_CSS))
view.addEventListener('link', e => {
    state.lastLink = e.detail.href
    const handled = footnotes.handle(view.book, e)
    if (handled) handled.catch(err => state.errors.push(String(err)))
})

state.closePopup = () => { popup.classList.remove('shown'); popup.replaceChildren() }
state.section = suffix => view.book.sections.findIndex(s => String(s.id).endsWith(suffix))
state.open = async (suffix, anchor) => {
    const index = state.section(suffix)
    await view.renderer.goTo({ index, anchor })
    await new Promise(r => setTimeout(r, 400))
    return index
}
// the chapter's last paragraph of text: the page a reader sees at the chapter's end
state.openEnd = suffix => state.open(suffix, doc => {
    const ps = [...doc.querySelectorAll('section.chapter p')].filter(p => !p.closest('aside'))
    return ps[ps.length - 1]
})
state.doc = () => view.renderer.getContents()[0].doc
state.click = selector => {
    const a = [...state.doc().querySelectorAll(selector)].find(x => !x.closest('aside'))
    if (!a) return null
    a.click()
    return { href: a.getAttribute('href'), text: a.textContent }
}

try {
    await view.open('book.epub')
    state.sections = view.book.sections.map(s => s.id)
    state.ready = true
} catch (err) {
    state.errors.push(String(err))
    state.ready = true
}

package org.scholia.render.pdf.text;

/**
 * A chosen line break: the line ends at item {@code index} (a glue or penalty, or the end).
 *
 * @param index   the item the line breaks at
 * @param ratio   the line's adjustment ratio: &gt;0 the glue stretches by ratio × stretch,
 *                &lt;0 it shrinks by ratio × shrink
 * @param fitness TeX's fitness class: 0 very loose, 1 loose, 2 decent, 3 tight
 * @param demerits total demerits of the paragraph up to this break
 */
public record Breakpoint(int index, double ratio, int fitness, double demerits) {
}

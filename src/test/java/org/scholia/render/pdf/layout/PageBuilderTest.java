package org.scholia.render.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholia.render.pdf.text.Line;

/** The page builder on synthetic pieces: heights in whole units, notes as numbered lines. */
class PageBuilderTest {
    private static final long U = 10;
    private static final long TEXT = 100 * U;
    private static final long SEP = 3 * U;

    private final Map<NoteKey, List<FlowPiece>> notes = new HashMap<>();

    private PageBuilder builder() {
        return new PageBuilder(TEXT, SEP, 20 * U, 4, 2, k -> notes.getOrDefault(k, List.of()));
    }

    private static FlowPiece line(String id, NoteKey... cites) {
        return new FlowPiece(10 * U, List.of(), List.of(cites), false, false, id, 0, null);
    }

    private NoteKey note(String label, int lines) {
        NoteKey key = new NoteKey("ch", label);
        List<FlowPiece> ps = new ArrayList<>();
        for (int i = 0; i < lines; i++) ps.add(new FlowPiece(8 * U, List.of(), List.of(), false, false, label + "/" + i, 0, null));
        notes.put(key, ps);
        return key;
    }

    private static int pageOf(List<ComposedPage> pages, String blockId) {
        for (int i = 0; i < pages.size(); i++) {
            for (FlowPiece p : pages.get(i).body()) if (p.blockId().equals(blockId)) return i;
            for (FlowPiece p : pages.get(i).notes()) if (p.blockId().equals(blockId)) return i;
        }
        return -1;
    }

    private static void assertNoPageOverfull(List<ComposedPage> pages) {
        for (ComposedPage p : pages) {
            long used = p.bodyHeight() + (p.notes().isEmpty() ? 0 : SEP + p.notesHeight());
            assertThat(used).as("page height used").isLessThanOrEqualTo(TEXT);
        }
    }

    @Test
    void fillsPagesWithLinesInOrder() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 25; i++) flow.add(line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).body()).hasSize(10);
        assertThat(pageOf(pages, "l24")).isEqualTo(2);
        assertNoPageOverfull(pages);
    }

    @Test
    void aNoteStartsOnThePageOfItsReference() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 30; i++) flow.add(i == 12 ? line("l12", note("a", 3)) : line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pageOf(pages, "a/0")).isEqualTo(pageOf(pages, "l12"));
        assertThat(pageOf(pages, "a/2")).isEqualTo(pageOf(pages, "l12"));
        assertNoPageOverfull(pages);
    }

    @Test
    void aShortNoteThatDoesNotFitTakesItsReferenceLineToTheNextPage() {
        List<FlowPiece> flow = new ArrayList<>();
        // line 7 of 10 cites a 3-line note: 7 lines + separator + 3 note lines > a page
        for (int i = 0; i < 12; i++) flow.add(i == 7 ? line("l7", note("a", 3)) : line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pageOf(pages, "l7")).isEqualTo(1);
        assertThat(pageOf(pages, "a/0")).isEqualTo(1);
        assertThat(pages.get(0).notes()).isEmpty();
        assertNoPageOverfull(pages);
    }

    @Test
    void aLongNoteIsSplitAndContinuedOnTheNextPage() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 30; i++) flow.add(i == 2 ? line("l2", note("long", 20)) : line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pageOf(pages, "l2")).isZero();
        assertThat(pageOf(pages, "long/0")).isZero();
        int last = pageOf(pages, "long/19");
        assertThat(last).isGreaterThan(0);
        assertThat(pages.get(1).continued()).isTrue();
        // the note's lines stay in order across pages
        List<String> order = new ArrayList<>();
        for (ComposedPage p : pages) for (FlowPiece n : p.notes()) order.add(n.blockId());
        assertThat(order).hasSize(20).startsWith("long/0", "long/1").endsWith("long/19");
        assertNoPageOverfull(pages);
    }

    @Test
    void aNoteLongerThanAPageRunsOverSeveralPagesAndTheTextGoesOn() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 40; i++) flow.add(i == 1 ? line("l1", note("huge", 40)) : line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pageOf(pages, "huge/0")).isZero();
        assertThat(pageOf(pages, "huge/39")).isGreaterThan(1);
        assertThat(pageOf(pages, "l39")).isPositive();
        for (ComposedPage p : pages.subList(0, pages.size() - 1)) assertThat(p.body()).isNotEmpty();
        assertNoPageOverfull(pages);
    }

    @Test
    void aNoteCitedTwiceIsPlacedOnce() {
        NoteKey a = note("a", 2);
        List<FlowPiece> flow = List.of(line("l0", a), line("l1"), line("l2", a));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages.get(0).notes()).hasSize(2);
    }

    @Test
    void aHeadingAtTheFootOfAPageMovesWithTheLinesAfterIt() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 9; i++) flow.add(line("l" + i));
        flow.add(line("heading").withKeepWithNext(true));
        flow.add(line("first").withKeepWithNext(true));
        flow.add(line("second"));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pageOf(pages, "heading")).isEqualTo(1);
        assertThat(pageOf(pages, "l8")).isZero();
    }

    @Test
    void widowAndOrphanControlComesFromTheLinesKeeps() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) lines.add(new Line(List.of(), 0, 0, 0, false, i == 4));
        List<FlowPiece> para = LinePieces.of(lines, 0, 10 * U, Tag.root(Role.PARAGRAPH, "p"), "p", 0, 2, 2);
        assertThat(para.stream().map(FlowPiece::keepWithNext)).containsExactly(true, false, false, true, false);
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 6; i++) flow.add(line("l" + i));
        flow.addAll(para); // 4 lines of room: a break after line 4 would leave a widow
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages.get(0).body()).hasSize(9);
        assertThat(pages.get(1).body()).hasSize(2);
    }

    @Test
    void aTableHeaderIsRepeatedWhereTheTableContinues() {
        FlowPiece header = new FlowPiece(10 * U, List.of(), List.of(), true, false, "header", 0, null);
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 5; i++) flow.add(line("l" + i));
        flow.add(header);
        for (int r = 0; r < 10; r++) {
            FlowPiece row = new FlowPiece(10 * U, List.of(), List.of(), false, false, "row" + r, 0, null);
            flow.add(r == 0 ? row : row.withHeader(List.of(header)));
        }
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages.get(1).body().get(0).blockId()).isEqualTo("header");
        assertThat(pageOf(pages, "row9")).isEqualTo(1);
    }

    @Test
    void blankSpaceVanishesAtThePageTop() {
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 10; i++) flow.add(line("l" + i));
        flow.add(FlowPiece.space(5 * U, false));
        flow.add(line("after"));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages.get(1).body()).extracting(FlowPiece::blockId).containsExactly("after");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31})
    void manyNotesNeverOverfillAPageAndEachStartsWithItsReference(int seed) {
        Random random = new Random(seed);
        List<FlowPiece> flow = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            if (random.nextInt(3) == 0) {
                NoteKey k = note("n" + i, 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 4));
                flow.add(line("l" + i, k));
                refs.add("" + i);
            } else {
                flow.add(line("l" + i));
            }
        }
        List<ComposedPage> pages = builder().build(flow);
        assertNoPageOverfull(pages);
        for (String i : refs) assertThat(pageOf(pages, "n" + i + "/0")).as("note " + i).isEqualTo(pageOf(pages, "l" + i));
        List<String> body = new ArrayList<>();
        for (ComposedPage p : pages) for (FlowPiece b : p.body()) body.add(b.blockId());
        assertThat(body).hasSize(400);
    }

    @Test
    void aFigureThatDoesNotFitFloatsToTheNextPageAndTextFillsThisOne() {
        FlowPiece figure = new FlowPiece(40 * U, List.of(new FrameItem.Picture(0, 0, 10, 10, null, "alt", null, Tag.root(Role.FIGURE, "f"))),
                List.of(), false, false, "figure", 0, null);
        List<FlowPiece> flow = new ArrayList<>();
        for (int i = 0; i < 8; i++) flow.add(line("l" + i));
        flow.add(FlowPiece.space(2 * U, false));
        flow.add(figure);
        flow.add(FlowPiece.space(2 * U, false));
        for (int i = 8; i < 14; i++) flow.add(line("l" + i));
        List<ComposedPage> pages = builder().build(flow);
        assertThat(pages.get(0).body()).extracting(FlowPiece::blockId).containsExactly("l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l9");
        assertThat(pages.get(1).body().get(0).blockId()).isEqualTo("figure");
        assertThat(pageOf(pages, "l13")).isEqualTo(1);
        assertNoPageOverfull(pages);
    }
}

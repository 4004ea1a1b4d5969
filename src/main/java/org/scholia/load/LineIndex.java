package org.scholia.load;

import java.util.Arrays;
import org.scholia.model.SourceSpan;

/** Turns character offsets of a source text into 1-based line and column numbers. */
final class LineIndex {
    private final String file;
    private final int[] lineStarts;

    LineIndex(String file, CharSequence text) {
        this.file = file;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    SourceSpan at(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new SourceSpan(file, line + 1, offset - lineStarts[line] + 1);
    }
}

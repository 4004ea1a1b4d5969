#!/usr/bin/env python3
"""Compare Scholia's LineBreaker with TeX on many random fixed-width paragraphs.

Not part of the build: a one-off check behind TexBreaksTest (its Javadoc gives the results).
Needs `tex` (plain format, e.g. Debian's texlive-base), python3 and a JDK, and the compiled
classes (run `mvn -o test-compile` first). From the repository root:

    python3 src/test/resources/tex/compare.py [first-seed [last-seed]]

Each seed makes 6 random paragraphs of syllables with hyphenation points; they and (once) the five
texts of fixed-width.tex are set at widths 150..360pt (step 7), with \\pretolerance=-1 and, for texts
without hyphenation points, also 100. The material and parameters are those of fixed-width.tex
(whose preamble is reused). Paragraphs where TeX's trace shows artificial demerits (b=* or d=*)
are left out: there TeX's final pass and Scholia's emergency pass are not comparable. For each
remaining paragraph the chosen breaking (word ending each line, fitness class, total demerits)
is compared, and the differences are printed.
"""
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))

JAVA = r'''
import java.io.*;
import java.util.*;
import org.scholia.render.pdf.text.*;

public class Compare {
    public static void main(String[] a) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t");
            int h = Integer.parseInt(f[0]);
            int pre = Integer.parseInt(f[1]);
            List<Item> items = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            items.add(new Box(983040)); shown.add("");
            String[] words = f[2].trim().split(" +");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) { items.add(new Glue(218453, 109226, 72818)); shown.add(" "); }
                String[] syl = words[w].split("\\|");
                for (int s = 0; s < syl.length; s++) {
                    if (s > 0) { items.add(new Discretionary(344061, 50)); shown.add(""); }
                    items.add(new Box(344061L * syl[s].length())); shown.add(syl[s]);
                }
            }
            items.add(Penalty.forbidden()); shown.add("");
            items.add(Glue.parfill()); shown.add("");
            items.add(Penalty.forced()); shown.add("");
            LineBreakParams p = new LineBreakParams(pre, 200, 10000, 10, 50, 50, 10000, 5000, 10000, 1000, 0, 0);
            Breaking b = new LineBreaker(p).breakLines(items, h * 65536L);
            StringBuilder out = new StringBuilder().append(b.pass());
            for (Breakpoint bp : b.breaks()) {
                StringBuilder word = new StringBuilder();
                for (int j = bp.index() - 1; j >= 0 && !shown.get(j).equals(" "); j--) {
                    word.insert(0, shown.get(j));
                }
                if (items.get(bp.index()) instanceof Penalty pen && pen.flagged()) {
                    word.append('-');
                }
                out.append(' ').append(word).append(':').append(bp.fitness()).append(':').append((long) bp.demerits());
            }
            System.out.println(out);
        }
    }
}
'''

SYLLABLES = 'ba de ri to lum nes qua vix prae ter sunt ob'.split()


def texts_of_reference():
    src = open(os.path.join(HERE, 'fixed-width.tex')).read()
    out = []
    for m in re.finditer(r'\\message\{\[PARAGRAPH \d\]\}\n\{[^\n]*\n([^\n]*)\n\\par\}', src):
        out.append(m.group(1).replace('\\-', '|'))
    return out


def random_texts(seed):
    rnd = random.Random(seed)
    out = []
    for _ in range(6):
        words = []
        for _ in range(rnd.randint(25, 45)):
            n = rnd.choice([1, 1, 1, 2, 2, 3, 4])
            words.append('|'.join(rnd.choice(SYLLABLES) for _ in range(n)))
        out.append(' '.join(words))
    return out


def chosen_breaking(trace):
    """(pass, [(word, fitness, total)]) of TeX's chosen breaking, from a \\tracingparagraphs trace."""
    tex_pass = 2 if '@secondpass' in trace else 1
    if '@secondpass' in trace:
        trace = trace[trace.index('@secondpass'):]
    nodes, material, word, first_final = {}, '', '', None
    for line in trace.split('\n'):
        m = re.match(r'@@(\d+): line (\d+)\.(\d)(-?) t=(\d+) -> @@(\d+)', line)
        if m:
            n, _, fit, _, total, prev = m.groups()
            nodes[int(n)] = (word, int(fit), int(total), int(prev))
            continue
        if line.startswith('@\\par') and first_final is None:
            first_final = max(nodes) + 1 if nodes else 1
        if line.startswith('@'):
            continue
        if line.startswith('[]'):
            line = line.split(' ', 1)[1]
        material += line
        token = material.rstrip().split(' ')[-1]
        word = token.replace('-', '') + ('-' if token.endswith('-') else '')
    finals = [k for k in nodes if k >= first_final]
    n = min(finals, key=lambda k: (nodes[k][2], k))
    path = []
    while n in nodes:
        path.append(nodes[n][:3])
        n = nodes[n][3]
    return tex_pass, path[::-1]


def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    last = int(sys.argv[2]) if len(sys.argv) > 2 else first
    reference = open(os.path.join(HERE, 'fixed-width.tex')).read()
    preamble = reference[:reference.index('% Paragraph 1')]
    # SCHOLIA_CLASSES: a directory of classes to put before target/classes (to try a changed breaker)
    cp = os.pathsep.join(([os.environ['SCHOLIA_CLASSES']] if os.environ.get('SCHOLIA_CLASSES') else [])
                         + [os.path.join(ROOT, 'target', 'classes')])
    work = tempfile.mkdtemp(prefix='scholia-tex-')
    with open(os.path.join(work, 'Compare.java'), 'w') as f:
        f.write(JAVA)
    subprocess.run(['javac', '-d', work, '-cp', cp, os.path.join(work, 'Compare.java')], check=True)
    compared = differ = breaks_differ = 0
    for seed in range(first, last + 1):
        cases = []
        for text in (texts_of_reference() if seed == first else []) + random_texts(seed):
            for h in range(150, 361, 7):
                for pre in ([-1] if '|' in text else [-1, 100]):
                    cases.append((h, pre, text))
        body = ''.join('\\message{[CASE %d]}\n{\\hsize=%dpt \\pretolerance=%d\n%s\n\\par}\n'
                       % (i, h, pre, t.replace('|', '\\-')) for i, (h, pre, t) in enumerate(cases))
        with open(os.path.join(work, 'c.tex'), 'w') as f:
            f.write(preamble + body + '\\end\n')
        subprocess.run(['tex', '-interaction=nonstopmode', 'c.tex'], cwd=work, capture_output=True)
        log = open(os.path.join(work, 'c.log')).read()
        parts = re.split(r'\[CASE (\d+)\]', log)[1:]
        scholia = subprocess.run(['java', '-cp', os.pathsep.join([work, cp]), 'Compare'],
                                 input=''.join('%d\t%d\t%s\n' % c for c in cases),
                                 capture_output=True, text=True, check=True).stdout.split('\n')
        for k in range(0, len(parts), 2):
            i, trace = int(parts[k]), parts[k + 1]
            final = trace[trace.index('@secondpass'):] if '@secondpass' in trace else trace
            if 'b=*' in final or 'd=*' in final:
                continue
            tex_pass, path = chosen_breaking(trace)
            if cases[i][1] < 0:
                tex_pass = 2
            tex = str(tex_pass) + ''.join(' %s:%d:%d' % p for p in path)
            compared += 1
            if tex != scholia[i]:
                differ += 1
                tex_words = [p[0] for p in path]
                ours = [x.split(':')[0] for x in scholia[i].split()[1:]]
                if tex_words != ours:
                    breaks_differ += 1
                print('seed %d, \\hsize=%dpt, \\pretolerance=%d: %s' % (seed, cases[i][0], cases[i][1], cases[i][2]))
                print('  tex     ' + tex)
                print('  scholia ' + scholia[i])
    print('compared %d paragraphs: %d differ, %d of them in the breaks' % (compared, differ, breaks_differ))


if __name__ == '__main__':
    main()

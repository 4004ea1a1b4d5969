package org.scholia.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck on a file and keeps its fatal errors, errors and warnings in memory. */
final class EpubValidation extends MasterReport {
    private final List<String> problems = new ArrayList<>();
    private int fatals;
    private int errors;
    private int warnings;

    private EpubValidation() {
    }

    static EpubValidation check(Path epub) {
        EpubValidation report = new EpubValidation();
        new EpubCheck(epub.toFile(), report).check();
        return report;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity s = message.getSeverity();
        if (s == Severity.FATAL) fatals++;
        else if (s == Severity.ERROR) errors++;
        else if (s == Severity.WARNING) warnings++;
        else return;
        problems.add(s + " " + message.getID() + " " + location + ": " + message.getMessage(args));
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }

    int fatals() {
        return fatals;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** Every problem, one per line, for the assertion message. */
    List<String> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return fatals + " fatals, " + errors + " errors, " + warnings + " warnings" + (problems.isEmpty() ? ""
                : ":\n  " + String.join("\n  ", problems));
    }
}

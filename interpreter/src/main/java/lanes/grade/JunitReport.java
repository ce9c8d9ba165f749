package lanes.grade;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML (the Ant/Jenkins de facto schema), written with the JDK's StAX writer:
 * {@code testsuites} > one {@code testsuite} per submission > one {@code testcase} per check,
 * with {@code failure} or {@code error} children and the program's output in {@code system-out}.
 */
final class JunitReport {
    private JunitReport() {}

    static String render(Exercise ex, List<SubmissionResult> rs) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("testsuites");
            w.writeAttribute("name", ex.id());
            w.writeAttribute("tests", String.valueOf(rs.stream().mapToInt(r -> r.checks().size()).sum()));
            w.writeAttribute("failures", String.valueOf(rs.stream().mapToLong(r -> count(r, Status.FAIL)).sum()));
            w.writeAttribute("errors", String.valueOf(rs.stream().mapToLong(r -> count(r, Status.ERROR)).sum()));
            w.writeAttribute("time", secs(rs.stream().mapToLong(SubmissionResult::millis).sum()));
            for (SubmissionResult r : rs) suite(w, ex, r);
            nl(w, 0);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return sw + "\n";
    }

    /** XML 1.0 cannot carry most control characters, whatever the escaping: they become U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(bad ? '\uFFFD' : c);
        }
        return sb == null ? s : sb.toString();
    }

    private static long count(SubmissionResult r, Status s) {
        return r.checks().stream().filter(c -> c.status() == s).count();
    }

    private static String secs(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static void nl(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void suite(XMLStreamWriter w, Exercise ex, SubmissionResult r) throws XMLStreamException {
        nl(w, 1);
        w.writeStartElement("testsuite");
        w.writeAttribute("name", r.name());
        w.writeAttribute("tests", String.valueOf(r.checks().size()));
        w.writeAttribute("failures", String.valueOf(count(r, Status.FAIL)));
        w.writeAttribute("errors", String.valueOf(count(r, Status.ERROR)));
        w.writeAttribute("skipped", "0");
        w.writeAttribute("time", secs(r.millis()));
        nl(w, 2);
        w.writeStartElement("properties");
        property(w, "file", r.file());
        property(w, "score", TextReport.num(r.score()) + "/" + TextReport.num(r.maxScore()));
        property(w, "schedules", String.valueOf(r.schedules()));
        nl(w, 2);
        w.writeEndElement();
        for (CheckResult c : r.checks()) {
            nl(w, 2);
            w.writeStartElement("testcase");
            w.writeAttribute("name", c.check().name());
            w.writeAttribute("classname", ex.id() + "." + r.name());
            w.writeAttribute("time", "0.000");
            if (c.status() != Status.PASS) {
                nl(w, 3);
                w.writeStartElement(c.status() == Status.FAIL ? "failure" : "error");
                String first = c.message().lines().findFirst().orElse("");
                w.writeAttribute("message", clean(first));
                w.writeAttribute("type", c.status() == Status.FAIL ? c.check().kind().word() : "lanes.grade.error");
                w.writeCharacters(clean(TextReport.explain(c)));
                w.writeEndElement();
                if (c.output() != null && !c.output().isEmpty()) {
                    nl(w, 3);
                    w.writeStartElement("system-out");
                    w.writeCharacters(clean(c.output()));
                    w.writeEndElement();
                }
                nl(w, 2);
            }
            w.writeEndElement();
        }
        nl(w, 1);
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        nl(w, 3);
        w.writeEmptyElement("property");
        w.writeAttribute("name", name);
        w.writeAttribute("value", clean(value));
    }
}

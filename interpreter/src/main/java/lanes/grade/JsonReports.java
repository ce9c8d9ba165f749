package lanes.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two JSON reports, built as Jackson trees: Exercism's test-runner {@code results.json}
 * (version 2) and Gradescope's autograder {@code results.json}.
 */
final class JsonReports {
    private JsonReports() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Exercism: per-test output "must be limited to 500 chars"; the top message to 65535. */
    static final int OUTPUT_CAP = 500;
    static final int MESSAGE_CAP = 65535;
    static final String TRUNCATED = "Output was truncated. Please limit to 500 chars";

    static String text(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode exercism(Exercise ex, SubmissionResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", 2);
        o.put("status", r.status().word());
        if (r.status() == Status.ERROR) o.put("message", cap(r.message(), MESSAGE_CAP));
        else o.putNull("message");
        ArrayNode tests = o.putArray("tests");
        if (r.status() == Status.ERROR) return o;
        for (CheckResult c : r.checks()) {
            ObjectNode t = tests.addObject();
            t.put("name", c.check().name());
            t.put("test_code", TextReport.describe(ex, c.check()));
            t.put("status", c.status().word());
            if (c.status() == Status.PASS) t.putNull("message");
            else t.put("message", cap(TextReport.explain(c), MESSAGE_CAP));
            if (c.output() != null && !c.output().isEmpty()) t.put("output", capOutput(c.output()));
        }
        return o;
    }

    static String capOutput(String s) {
        if (s.length() <= OUTPUT_CAP) return s;
        return s.substring(0, OUTPUT_CAP - TRUNCATED.length() - 1) + "\n" + TRUNCATED;
    }

    private static String cap(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    static ObjectNode gradescope(Exercise ex, SubmissionResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("score", r.score());
        o.put("execution_time", r.millis() / 1000.0);
        o.put("output", r.status() == Status.ERROR ? r.message()
                : ex.title() + ": " + r.status().word() + ", " + TextReport.num(r.score()) + "/" + TextReport.num(r.maxScore())
                + " (" + r.schedules() + " of " + OutputMatch.plural(ex.schedules(), "schedule") + " run)");
        o.put("output_format", "text");
        o.put("visibility", "visible");
        o.put("stdout_visibility", "hidden");
        ArrayNode tests = o.putArray("tests");
        int i = 0;
        for (CheckResult c : r.checks()) {
            ObjectNode t = tests.addObject();
            t.put("name", c.check().name());
            t.put("number", String.valueOf(++i));
            t.put("score", c.score());
            t.put("max_score", c.check().weight());
            t.put("status", c.status() == Status.PASS ? "passed" : "failed");
            StringBuilder out = new StringBuilder();
            if (c.status() != Status.PASS) out.append(TextReport.explain(c));
            if (c.output() != null && !c.output().isEmpty()) {
                out.append("\n\nProgram output:\n").append(c.output());
            }
            if (out.length() > 0) t.put("output", out.toString());
            t.put("output_format", "text");
            t.put("visibility", c.check().visibility() != null ? c.check().visibility() : "visible");
        }
        return o;
    }
}

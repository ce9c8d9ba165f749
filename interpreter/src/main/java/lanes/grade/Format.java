package lanes.grade;

import java.util.List;

/** The report formats of {@code lanes grade}. */
public enum Format {
    TEXT("txt"), JSON("json"), JUNIT("xml"), GRADESCOPE("json");

    final String ext;

    Format(String ext) {
        this.ext = ext;
    }

    /** The report of one submission, as written to its own file. */
    String one(Exercise ex, SubmissionResult r) {
        return switch (this) {
            case TEXT -> new TextReport(false).header(ex) + new TextReport(false).submission(r);
            case JSON -> JsonReports.text(JsonReports.exercism(ex, r));
            case GRADESCOPE -> JsonReports.text(JsonReports.gradescope(ex, r));
            case JUNIT -> JunitReport.render(ex, List.of(r));
        };
    }

    /** The report of every submission in one document (standard output, or one -o file). */
    String all(Exercise ex, List<SubmissionResult> rs, boolean colour) {
        if (rs.size() == 1 && this != TEXT) return one(ex, rs.get(0));
        return switch (this) {
            case TEXT -> {
                TextReport t = new TextReport(colour);
                StringBuilder sb = new StringBuilder(t.header(ex));
                for (SubmissionResult r : rs) sb.append(t.submission(r));
                yield sb.append(t.summary(rs)).toString();
            }
            case JSON, GRADESCOPE -> {
                var o = JsonReports.JSON.createObjectNode();
                for (SubmissionResult r : rs) {
                    o.set(r.name(), this == JSON ? JsonReports.exercism(ex, r) : JsonReports.gradescope(ex, r));
                }
                yield JsonReports.text(o);
            }
            case JUNIT -> JunitReport.render(ex, rs);
        };
    }
}

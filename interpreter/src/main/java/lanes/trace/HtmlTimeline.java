package lanes.trace;

/**
 * The timeline as one self-contained HTML page: the data as JSON in the page, drawn as SVG by
 * the page's own script (no external resources): a lane per goroutine along the step clock,
 * spans coloured by state, arrows for channel communications and {@code go} statements,
 * markers for close, locks, panics and deadlocks, virtual-time labels where the clock jumped,
 * and hover text with the source line.
 */
public final class HtmlTimeline {
    private HtmlTimeline() {}

    public static String render(Timeline t, String title) {
        StringBuilder j = new StringBuilder();
        j.append("{\"title\":").append(str(title)).append(",\"end\":").append(Math.max(1, t.endStep))
                .append(",\"endNanos\":").append(t.endNanos).append(",\"ending\":").append(str(t.ending))
                .append(",\"truncated\":").append(t.truncated).append(",\"lanes\":[");
        boolean first = true;
        for (Timeline.Lane l : t.lanes.values()) {
            if (!first) j.append(',');
            first = false;
            j.append("{\"id\":").append(l.id).append(",\"created\":").append(l.created).append(",\"ended\":").append(l.ended)
                    .append(",\"createdAt\":").append(str(l.createdAt)).append(",\"final\":").append(str(t.finalWords(l)))
                    .append(",\"spans\":[");
            boolean f2 = true;
            for (Timeline.Span s : l.spans) {
                if (!f2) j.append(',');
                f2 = false;
                j.append('[').append(s.from()).append(',').append(s.to()).append(',').append(str(s.state().name().toLowerCase()))
                        .append(',').append(str(s.reason())).append(',').append(str(s.where())).append(']');
            }
            j.append("]}");
        }
        j.append("],\"marks\":[");
        first = true;
        for (Timeline.Mark m : t.marks) {
            if (!first) j.append(',');
            first = false;
            j.append('[').append(m.g()).append(',').append(m.step()).append(',').append(str(m.kind())).append(',')
                    .append(str(m.label())).append(',').append(str(m.where())).append(']');
        }
        j.append("],\"arrows\":[");
        first = true;
        for (Timeline.Arrow a : t.arrows) {
            if (!first) j.append(',');
            first = false;
            j.append('[').append(str(a.kind())).append(',').append(a.fromG()).append(',').append(a.fromStep()).append(',')
                    .append(a.toG()).append(',').append(a.toStep()).append(',').append(str(a.label())).append(']');
        }
        j.append("],\"ticks\":[");
        first = true;
        for (Timeline.Tick k : t.ticks) {
            if (!first) j.append(',');
            first = false;
            j.append('[').append(k.step()).append(',').append(str(TextTimeline.virtual(k.nanos()))).append(']');
        }
        j.append("]}");
        String data = j.toString().replace("</", "<\\/");
        return PAGE.replace("@TITLE@", esc(title)).replace("@DATA@", data);
    }

    static String str(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>@TITLE@ - lanes timeline</title>
            <style>
            body { font: 13px/1.4 system-ui, sans-serif; margin: 16px; color: #222; background: #fff; }
            h1 { font-size: 16px; margin: 0 0 4px; }
            #summary { color: #555; margin-bottom: 8px; }
            #wrap { overflow-x: auto; border: 1px solid #ddd; }
            svg text { font: 12px monospace; fill: #333; }
            .running { fill: #2e9e44; } .runnable { fill: #e8c547; } .blocked { fill: #c9cdd3; }
            .arrow-chan { stroke: #1f5fbf; stroke-width: 1.5; fill: none; }
            .arrow-go { stroke: #8a3ffc; stroke-width: 1.5; fill: none; stroke-dasharray: 4 3; }
            .mark-close { fill: #d9480f; } .mark-lock { fill: #444; } .mark-unlock { fill: #fff; stroke: #444; }
            .mark-panic, .mark-fatal, .mark-deadlock { fill: #d00; } .mark-send, .mark-recv { fill: #1f5fbf; }
            .mark-go { fill: #8a3ffc; } .mark-end { fill: #222; } .mark-left { fill: #999; }
            .tick { stroke: #bbb; stroke-dasharray: 2 2; }
            #tip { position: fixed; pointer-events: none; background: #222; color: #fff; padding: 4px 8px;
                   border-radius: 4px; font: 12px monospace; display: none; white-space: pre; max-width: 80vw; }
            #legend span { display: inline-block; margin-right: 14px; }
            #legend i { display: inline-block; width: 12px; height: 10px; margin-right: 4px; vertical-align: middle; }
            </style>
            </head>
            <body>
            <h1>@TITLE@</h1>
            <div id="summary"></div>
            <div id="legend"><span><i style="background:#2e9e44"></i>running</span><span><i style="background:#e8c547"></i>runnable</span><span><i style="background:#c9cdd3"></i>blocked</span><span><i style="background:#1f5fbf"></i>channel send/receive</span><span><i style="background:#8a3ffc"></i>go statement</span><span><i style="background:#d9480f"></i>close</span><span><i style="background:#444"></i>lock/unlock</span><span><i style="background:#d00"></i>panic/deadlock</span></div>
            <p><button id="scale" type="button">show the step clock to scale</button></p>
            <div id="wrap"></div>
            <div id="tip"></div>
            <script>
            "use strict";
            const DATA = @DATA@;
            (function () {
              const NS = "http://www.w3.org/2000/svg";
              const laneH = 26, top = 34, left = 70, right = 20;
              const width = Math.max(800, Math.min(4000, window.innerWidth - 40));
              const plotW = width - left - right;
              const set = new Set([0, DATA.end]);
              for (const l of DATA.lanes) for (const s of l.spans) { set.add(s[0]); set.add(s[1]); }
              for (const m of DATA.marks) set.add(m[1]);
              for (const a of DATA.arrows) { set.add(a[2]); set.add(a[4]); }
              const moments = Array.from(set).sort((a, b) => a - b);
              const rank = new Map();
              moments.forEach((v, i) => rank.set(v, i));
              let compressed = true;
              const x = s => left + plotW * (compressed ? rank.get(s) / Math.max(1, moments.length - 1) : s / DATA.end);
              const MAX_LANES = 500;
              const lanes = DATA.lanes.slice(0, MAX_LANES);
              const index = new Map();
              lanes.forEach((l, i) => index.set(l.id, i));
              const y = g => top + index.get(g) * laneH;
              const tip = document.getElementById("tip");
              let svg = null;
              function draw() {
              if (svg) svg.remove();
              svg = document.createElementNS(NS, "svg");
              svg.setAttribute("width", width);
              svg.setAttribute("height", top + lanes.length * laneH + 20);
              function el(name, attrs, parent, hover) {
                const e = document.createElementNS(NS, name);
                for (const k in attrs) e.setAttribute(k, attrs[k]);
                if (hover) {
                  const t = document.createElementNS(NS, "title");
                  t.textContent = hover;
                  e.appendChild(t);
                  e.addEventListener("mousemove", ev => {
                    tip.textContent = hover; tip.style.display = "block";
                    tip.style.left = (ev.clientX + 12) + "px"; tip.style.top = (ev.clientY + 12) + "px";
                  });
                  e.addEventListener("mouseleave", () => { tip.style.display = "none"; });
                }
                (parent || svg).appendChild(e);
                return e;
              }
              const defs = el("defs", {});
              for (const k of ["chan", "go"]) {
                const m = el("marker", {id: "head-" + k, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto"}, defs);
                el("path", {d: "M0,0 L10,5 L0,10 z", fill: k === "chan" ? "#1f5fbf" : "#8a3ffc"}, m);
              }
              const axis = el("text", {x: left, y: 14});
              axis.textContent = compressed ? "moments of change (not to scale)" : "step clock, to scale";
              const axisEnd = el("text", {x: width - right, y: 14, "text-anchor": "end"});
              axisEnd.textContent = DATA.end + " steps, " + DATA.lanes.length + " goroutines";
              for (const t of DATA.ticks) {
                el("line", {x1: x(t[0]), x2: x(t[0]), y1: 18, y2: top + lanes.length * laneH, class: "tick"}, null, "virtual time " + t[1]);
                const lbl = el("text", {x: x(t[0]) + 2, y: 28});
                lbl.textContent = t[1];
              }
              for (const l of lanes) {
                const g = el("g", {class: "lane", "data-goroutine": l.id});
                const name = el("text", {x: 6, y: y(l.id) + 16}, g, "goroutine " + l.id + (l.createdAt ? "\\ncreated at " + l.createdAt : " (main)") + "\\nat the end: " + l.final);
                name.textContent = "g" + l.id;
                el("line", {x1: left, x2: width - right, y1: y(l.id) + 11, y2: y(l.id) + 11, stroke: "#eee"}, g);
                for (const s of l.spans) {
                  const w = Math.max(1, x(s[1]) - x(s[0]));
                  const words = s[2] + (s[3] ? " (" + s[3] + ")" : "");
                  el("rect", {x: x(s[0]), y: y(l.id) + 4, width: w, height: 14, class: s[2]}, g,
                     "goroutine " + l.id + ": " + words + "\\nsteps " + s[0] + "-" + s[1] + (s[4] ? "\\n" + s[4] : ""));
                }
              }
              for (const a of DATA.arrows) {
                if (!index.has(a[1]) || !index.has(a[3])) continue;
                const y1 = y(a[1]) + 11, y2 = y(a[3]) + 11;
                const x1 = x(a[2]), x2 = Math.max(x(a[4]), x1 + 2);
                el("path", {d: "M" + x1 + "," + y1 + " C" + (x1 + 12) + "," + y1 + " " + (x2 - 12) + "," + y2 + " " + x2 + "," + y2,
                            class: "arrow-" + a[0], "marker-end": "url(#head-" + a[0] + ")"}, null, a[5]);
              }
              for (const m of DATA.marks) {
                if (!index.has(m[0])) continue;
                const cx = x(m[1]), cy = y(m[0]) + 11;
                const hover = m[3] + (m[4] ? "\\n" + m[4] : "");
                const cls = "mark mark-" + m[2];
                if (m[2] === "panic" || m[2] === "fatal" || m[2] === "deadlock") {
                  el("path", {d: "M" + (cx - 5) + "," + (cy - 5) + " L" + (cx + 5) + "," + (cy + 5) + " M" + (cx + 5) + "," + (cy - 5) + " L" + (cx - 5) + "," + (cy + 5),
                              stroke: "#d00", "stroke-width": 3, class: cls}, null, hover);
                } else if (m[2] === "lock" || m[2] === "unlock" || m[2] === "rlock" || m[2] === "runlock") {
                  el("rect", {x: cx - 4, y: cy - 4, width: 8, height: 8, class: cls.replace("rlock", "lock").replace("runlock", "unlock")}, null, hover);
                } else if (m[2] === "close") {
                  el("rect", {x: cx - 2, y: cy - 8, width: 4, height: 16, class: cls}, null, hover);
                } else {
                  el("circle", {cx: cx, cy: cy, r: m[2] === "send" || m[2] === "recv" ? 3 : 4, class: cls}, null, hover);
                }
              }
              document.getElementById("wrap").appendChild(svg);
              }
              draw();
              const btn = document.getElementById("scale");
              btn.addEventListener("click", () => {
                compressed = !compressed;
                btn.textContent = compressed ? "show the step clock to scale" : "show moments of change only";
                draw();
              });
              document.getElementById("summary").textContent = DATA.lanes.length + " goroutines, " + DATA.end + " steps, "
                + DATA.endNanos / 1e9 + "s virtual time" + (DATA.ending ? "; " + DATA.ending : "")
                + (DATA.truncated ? " (only the first events are drawn)" : "")
                + (lanes.length < DATA.lanes.length ? " (the first " + lanes.length + " goroutines are drawn)" : "") + ". Hover for source lines.";
              document.body.setAttribute("data-rendered", "yes");
            })();
            </script>
            </body>
            </html>
            """;
}

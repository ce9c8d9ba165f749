package lanes.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lanes.runtime.G;
import lanes.runtime.Strategy;

/**
 * Exhaustive exploration of a program's schedules by re-execution (stateless model checking)
 * with sleep sets (Godefroid's partial-order reduction). A transition is one goroutine's run
 * from one switch point to the next; it touches the objects of the synchronisation operation
 * it starts with (a channel, "the mutexes", "the output", ...). Two transitions that touch no
 * common object commute, so only one of their orders is explored: after exploring goroutine a
 * from a state, a sleeps while b is explored from the same state, until something that
 * conflicts with a's transition runs. Select's order of polling its cases is a choice too.
 *
 * <p>Use: {@code while (dfs.hasNext()) { run with dfs.next(); dfs.finish(...); }}. Runs must be
 * sequential. Interleavings of plain memory accesses (data races) are not told apart: only
 * switch points are.
 */
public final class Dfs {
    /** A decision with more than one alternative along the current path. */
    static final class Node {
        final boolean isCase;
        final List<Long> enabled;
        long chosen;
        final Set<Long> done = new HashSet<>();
        /** Footprints of the transitions explored from here, by goroutine id (goroutine nodes). */
        final Map<Long, Set<Long>> fp = new HashMap<>();
        /** The sleep set on arrival (goroutine nodes). */
        final Map<Long, Set<Long>> sleep;

        Node(boolean isCase, List<Long> enabled, Map<Long, Set<Long>> sleep) {
            this.isCase = isCase;
            this.enabled = enabled;
            this.sleep = sleep;
        }
    }

    private final List<Node> path = new ArrayList<>();
    private boolean started;
    private boolean exhausted;
    private long complete;
    private long pruned;

    /** True while schedules remain. */
    public boolean hasNext() {
        return !exhausted;
    }

    /** The strategy for the next run. */
    public Run next() {
        started = true;
        return new Run();
    }

    /** Schedules run to their end that were not redundant. */
    public long complete() {
        return complete;
    }

    /** Runs cut short because every runnable goroutine was asleep (equivalent to one explored). */
    public long pruned() {
        return pruned;
    }

    /**
     * A rough size of the space from the first run alone: the product, along its path, of the
     * alternatives not asleep at each decision (Knuth's estimator for one probe). Sleep sets
     * and pruning usually make the real count much smaller.
     */
    public double firstEstimate() {
        return estimate;
    }

    private double estimate = -1;

    /** After a run: records its last transition and moves to the next unexplored branch. */
    void finish(Run r) {
        r.endTransition();
        if (estimate < 0) {
            double e = 1;
            for (Node n : path) {
                int k = 0;
                for (long x : n.enabled) if (n.isCase || !n.sleep.containsKey(x)) k++;
                e *= Math.max(1, k);
            }
            estimate = e;
        }
        if (r.redundant) pruned++;
        else complete++;
        for (int i = path.size() - 1; i >= 0; i--) {
            Node n = path.get(i);
            n.done.add(n.chosen);
            for (long e : n.enabled) {
                if (n.done.contains(e) || (!n.isCase && n.sleep.containsKey(e))) continue;
                n.chosen = e;
                while (path.size() > i + 1) path.remove(path.size() - 1);
                return;
            }
            path.remove(i);
        }
        exhausted = true;
    }

    /** One run's strategy: follows the path, extends it with first choices, records footprints. */
    public final class Run implements Strategy {
        private int depth;
        private Node transNode;
        private long transG;
        private Set<Long> footprint = new HashSet<>();
        private Map<Long, Set<Long>> sleep = new HashMap<>();
        boolean redundant;
        /** The choices made, for a replay command ({@code --schedule}). */
        final List<String> choices = new ArrayList<>();

        @Override
        public void touch(G g, lanes.runtime.SyncOp op, long key) {
            if (!op.local()) footprint.add(key);
        }

        /** Ends the running transition: it joins its node's footprints and wakes conflicting sleepers. */
        void endTransition() {
            if (transNode != null) transNode.fp.computeIfAbsent(transG, k -> new HashSet<>()).addAll(footprint);
            Map<Long, Set<Long>> next = new HashMap<>();
            for (var e : sleep.entrySet()) {
                if (e.getKey() == transG) continue;
                boolean indep = true;
                for (long k : e.getValue()) {
                    if (footprint.contains(k)) {
                        indep = false;
                        break;
                    }
                }
                if (indep) next.put(e.getKey(), e.getValue());
            }
            sleep = next;
            footprint = new HashSet<>();
            transNode = null;
        }

        @Override
        public G pick(List<G> candidates, G last) {
            endTransition();
            if (redundant || candidates.size() == 1) {
                G g = candidates.get(0);
                if (!redundant && sleep.containsKey(g.id())) redundant = true;
                transG = g.id();
                return g;
            }
            Node n;
            if (depth < path.size()) {
                n = path.get(depth);
            } else {
                List<Long> ids = new ArrayList<>();
                for (G g : candidates) ids.add(g.id());
                n = new Node(false, ids, new HashMap<>(sleep));
                Long first = null;
                for (long id : ids) {
                    if (!n.sleep.containsKey(id)) {
                        first = id;
                        break;
                    }
                }
                if (first == null) {
                    redundant = true;
                    transG = candidates.get(0).id();
                    return candidates.get(0);
                }
                n.chosen = first;
                path.add(n);
            }
            depth++;
            Map<Long, Set<Long>> s = new HashMap<>(n.sleep);
            for (long d : n.done) if (d != n.chosen) s.put(d, n.fp.getOrDefault(d, Set.of()));
            sleep = s;
            transNode = n;
            transG = n.chosen;
            choices.add(Long.toString(n.chosen));
            for (G g : candidates) if (g.id() == n.chosen) return g;
            throw new IllegalStateException("exhaustive exploration lost its way: goroutine " + n.chosen
                    + " is not runnable on replay (the program is not deterministic under a fixed schedule)");
        }

        @Override
        public int choose(int n) {
            if (n <= 1 || redundant) return 0;
            Node node;
            if (depth < path.size()) {
                node = path.get(depth);
            } else {
                List<Long> alts = new ArrayList<>();
                for (long i = 0; i < n; i++) alts.add(i);
                node = new Node(true, alts, Map.of());
                node.chosen = 0;
                path.add(node);
            }
            depth++;
            choices.add("c" + node.chosen);
            return (int) node.chosen;
        }

        /** The dotted replay form of this run's choices. */
        String schedule() {
            return String.join(".", choices);
        }
    }
}

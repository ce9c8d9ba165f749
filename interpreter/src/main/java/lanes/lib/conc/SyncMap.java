package lanes.lib.conc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lanes.check.Universe;
import lanes.interp.Interp;
import lanes.lib.NativeTypes;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.Named;
import lanes.types.Type;
import lanes.values.FuncV;

/** sync.Map: a map of interface keys to interface values whose zero value is ready to use. */
final class SyncMap {
    private SyncMap() {}

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> map(Object recv) {
        return Rt.state(recv, 0, LinkedHashMap::new, m -> new LinkedHashMap<>((Map<Object, Object>) m));
    }

    static Named type(Interp in) {
        Type any = Universe.ANY;
        Named t = NativeTypes.struct("sync", "Map", "m", Basic.UNSAFE_POINTER);
        NativeTypes.method(t, "Load", Sig.fn(Sig.of(any), any, Basic.BOOL), true, a -> {
            Map<Object, Object> m = map(a[0]);
            return new Object[] {m.get(a[1]), m.containsKey(a[1])};
        });
        NativeTypes.method(t, "Store", Sig.fn(Sig.of(any, any)), true, a -> {
            map(a[0]).put(a[1], a[2]);
            return null;
        });
        NativeTypes.method(t, "LoadOrStore", Sig.fn(Sig.of(any, any), any, Basic.BOOL), true, a -> {
            Map<Object, Object> m = map(a[0]);
            if (m.containsKey(a[1])) return new Object[] {m.get(a[1]), true};
            m.put(a[1], a[2]);
            return new Object[] {a[2], false};
        });
        NativeTypes.method(t, "LoadAndDelete", Sig.fn(Sig.of(any), any, Basic.BOOL), true, a -> {
            Map<Object, Object> m = map(a[0]);
            boolean had = m.containsKey(a[1]);
            return new Object[] {m.remove(a[1]), had};
        });
        NativeTypes.method(t, "Delete", Sig.fn(Sig.of(any)), true, a -> {
            map(a[0]).remove(a[1]);
            return null;
        });
        NativeTypes.method(t, "Swap", Sig.fn(Sig.of(any, any), any, Basic.BOOL), true, a -> {
            Map<Object, Object> m = map(a[0]);
            boolean had = m.containsKey(a[1]);
            return new Object[] {m.put(a[1], a[2]), had};
        });
        FuncType rangeFn = new FuncType(List.of(any, any), List.of(Basic.BOOL), false);
        NativeTypes.method(t, "Range", Sig.fn(Sig.of(rangeFn)), true, a -> {
            Map<Object, Object> m = map(a[0]);
            FuncV f = (FuncV) a[1];
            for (Object k : new ArrayList<>(m.keySet())) {
                if (!m.containsKey(k)) continue;
                Object r = f.call(new Object[] {k, m.get(k)});
                if (!(Boolean) r) break;
            }
            return null;
        });
        return t;
    }
}

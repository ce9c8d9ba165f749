package lanes.lib.std;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

import lanes.lib.Native;
import lanes.lib.Pkg;
import lanes.lib.Sig;
import lanes.types.Basic;
import lanes.types.FuncType;
import lanes.types.SliceType;
import lanes.types.Type;
import lanes.values.FuncV;
import lanes.values.Methods;
import lanes.values.SliceV;
import lanes.values.Values;

/** Package strings: the functions, plus the Builder and Replacer types. */
public final class StringsPkg {
    private StringsPkg() {}

    private static final Type S = Basic.STRING;
    private static final Type I = Basic.INT;
    private static final Type B = Basic.BOOL;
    private static final Type R = Basic.INT32;
    private static final Type SS = new SliceType(Basic.STRING);
    private static final FuncType RUNE_PRED = new FuncType(List.of(R), List.of(B), false);
    private static final FuncType RUNE_MAP = new FuncType(List.of(R), List.of(R), false);

    public static Pkg create(Methods methods) {
        Pkg p = new Pkg("strings");
        fn(p, "Contains", Sig.fn(Sig.of(S, S), B), a -> s(a, 0).contains(s(a, 1)));
        fn(p, "ContainsRune", Sig.fn(Sig.of(S, R), B), a -> StrSearch.indexRune(s(a, 0), n(a, 1)) >= 0);
        fn(p, "ContainsAny", Sig.fn(Sig.of(S, S), B), a -> StrSearch.indexAny(s(a, 0), s(a, 1)) >= 0);
        fn(p, "HasPrefix", Sig.fn(Sig.of(S, S), B), a -> s(a, 0).startsWith(s(a, 1)));
        fn(p, "HasSuffix", Sig.fn(Sig.of(S, S), B), a -> s(a, 0).endsWith(s(a, 1)));
        fn(p, "Index", Sig.fn(Sig.of(S, S), I), a -> (long) StrSearch.index(s(a, 0), s(a, 1)));
        fn(p, "IndexByte", Sig.fn(Sig.of(S, Basic.UINT8), I), a -> (long) StrSearch.indexByte(s(a, 0), n(a, 1)));
        fn(p, "IndexRune", Sig.fn(Sig.of(S, R), I), a -> (long) StrSearch.indexRune(s(a, 0), n(a, 1)));
        fn(p, "IndexAny", Sig.fn(Sig.of(S, S), I), a -> (long) StrSearch.indexAny(s(a, 0), s(a, 1)));
        fn(p, "IndexFunc", Sig.fn(Sig.of(S, RUNE_PRED), I), a -> (long) StrSearch.indexFunc(s(a, 0), pred(a[1]), true));
        fn(p, "LastIndex", Sig.fn(Sig.of(S, S), I), a -> (long) StrSearch.lastIndex(s(a, 0), s(a, 1)));
        fn(p, "LastIndexByte", Sig.fn(Sig.of(S, Basic.UINT8), I), a -> (long) StrSearch.lastIndexByte(s(a, 0), n(a, 1)));
        fn(p, "LastIndexAny", Sig.fn(Sig.of(S, S), I), a -> (long) StrSearch.lastIndexAny(s(a, 0), s(a, 1)));
        fn(p, "LastIndexFunc", Sig.fn(Sig.of(S, RUNE_PRED), I), a -> (long) StrSearch.lastIndexFunc(s(a, 0), pred(a[1]), true));
        fn(p, "Count", Sig.fn(Sig.of(S, S), I), a -> StrSearch.count(s(a, 0), s(a, 1)));
        fn(p, "Split", Sig.fn(Sig.of(S, S), SS), a -> StrSearch.genSplit(s(a, 0), s(a, 1), 0, -1));
        fn(p, "SplitN", Sig.fn(Sig.of(S, S, I), SS), a -> StrSearch.genSplit(s(a, 0), s(a, 1), 0, n(a, 2)));
        fn(p, "SplitAfter", Sig.fn(Sig.of(S, S), SS), a -> StrSearch.genSplit(s(a, 0), s(a, 1), s(a, 1).length(), -1));
        fn(p, "SplitAfterN", Sig.fn(Sig.of(S, S, I), SS), a -> StrSearch.genSplit(s(a, 0), s(a, 1), s(a, 1).length(), n(a, 2)));
        fn(p, "Fields", Sig.fn(Sig.of(S), SS), a -> StrSearch.fields(s(a, 0)));
        fn(p, "FieldsFunc", Sig.fn(Sig.of(S, RUNE_PRED), SS), a -> StrSearch.fieldsFunc(s(a, 0), pred(a[1])));
        fn(p, "Cut", Sig.fn(Sig.of(S, S), S, S, B), a -> StrSearch.cut(s(a, 0), s(a, 1)));
        // CutPrefix, CutSuffix (Go 1.20) and ContainsFunc (Go 1.21) come with the newer builtins the checker knows.
        fn(p, "CutPrefix", Sig.fn(Sig.of(S, S), S, B), a -> s(a, 0).startsWith(s(a, 1))
                ? new Object[] {s(a, 0).substring(s(a, 1).length()), true} : new Object[] {s(a, 0), false});
        fn(p, "CutSuffix", Sig.fn(Sig.of(S, S), S, B), a -> s(a, 0).endsWith(s(a, 1))
                ? new Object[] {s(a, 0).substring(0, s(a, 0).length() - s(a, 1).length()), true} : new Object[] {s(a, 0), false});
        fn(p, "ContainsFunc", Sig.fn(Sig.of(S, RUNE_PRED), B), a -> StrSearch.indexFunc(s(a, 0), pred(a[1]), true) >= 0);
        fn(p, "Compare", Sig.fn(Sig.of(S, S), I), a -> StrSearch.compare(s(a, 0), s(a, 1)));
        fn(p, "Join", Sig.fn(Sig.of(SS, S), S), a -> StrEdit.join((SliceV) a[0], s(a, 1)));
        fn(p, "Repeat", Sig.fn(Sig.of(S, I), S), a -> StrEdit.repeat(s(a, 0), n(a, 1)));
        fn(p, "Replace", Sig.fn(Sig.of(S, S, S, I), S), a -> StrEdit.replace(s(a, 0), s(a, 1), s(a, 2), n(a, 3)));
        fn(p, "ReplaceAll", Sig.fn(Sig.of(S, S, S), S), a -> StrEdit.replace(s(a, 0), s(a, 1), s(a, 2), -1));
        fn(p, "ToUpper", Sig.fn(Sig.of(S), S), a -> StrEdit.toUpper(s(a, 0)));
        fn(p, "ToLower", Sig.fn(Sig.of(S), S), a -> StrEdit.toLower(s(a, 0)));
        fn(p, "ToTitle", Sig.fn(Sig.of(S), S), a -> StrEdit.toTitle(s(a, 0)));
        fn(p, "Title", Sig.fn(Sig.of(S), S), a -> StrEdit.title(s(a, 0)));
        fn(p, "ToValidUTF8", Sig.fn(Sig.of(S, S), S), a -> StrEdit.toValidUTF8(s(a, 0), s(a, 1)));
        fn(p, "Map", Sig.fn(Sig.of(RUNE_MAP, S), S), a -> StrEdit.map(mapping(a[0]), s(a, 1)));
        fn(p, "TrimSpace", Sig.fn(Sig.of(S), S), a -> StrEdit.trimSpace(s(a, 0)));
        fn(p, "Trim", Sig.fn(Sig.of(S, S), S), a -> StrEdit.trim(s(a, 0), s(a, 1)));
        fn(p, "TrimLeft", Sig.fn(Sig.of(S, S), S), a -> StrEdit.trimLeft(s(a, 0), s(a, 1)));
        fn(p, "TrimRight", Sig.fn(Sig.of(S, S), S), a -> StrEdit.trimRight(s(a, 0), s(a, 1)));
        fn(p, "TrimFunc", Sig.fn(Sig.of(S, RUNE_PRED), S), a -> StrEdit.trimFunc(s(a, 0), pred(a[1])));
        fn(p, "TrimLeftFunc", Sig.fn(Sig.of(S, RUNE_PRED), S), a -> StrEdit.trimLeftFunc(s(a, 0), pred(a[1])));
        fn(p, "TrimRightFunc", Sig.fn(Sig.of(S, RUNE_PRED), S), a -> StrEdit.trimRightFunc(s(a, 0), pred(a[1])));
        fn(p, "TrimPrefix", Sig.fn(Sig.of(S, S), S), a -> s(a, 0).startsWith(s(a, 1)) ? s(a, 0).substring(s(a, 1).length()) : s(a, 0));
        fn(p, "TrimSuffix", Sig.fn(Sig.of(S, S), S),
                a -> s(a, 0).endsWith(s(a, 1)) ? s(a, 0).substring(0, s(a, 0).length() - s(a, 1).length()) : s(a, 0));
        fn(p, "EqualFold", Sig.fn(Sig.of(S, S), B), a -> StrEdit.equalFold(s(a, 0), s(a, 1)));
        fn(p, "Clone", Sig.fn(Sig.of(S), S), a -> s(a, 0));
        p.type("Builder", StringsBuilder.TYPE);
        StringsReplacer replacer = new StringsReplacer(methods);
        p.type("Replacer", replacer.type);
        p.fn("NewReplacer", Sig.variadic(Sig.of(S), replacer.ptr), replacer.newReplacer());
        return p;
    }

    private static void fn(Pkg p, String name, FuncType sig, Function<Object[], Object> body) {
        p.fn(name, sig, new Native("strings." + name, body));
    }

    private static String s(Object[] a, int i) {
        return (String) a[i];
    }

    private static long n(Object[] a, int i) {
        return (Long) a[i];
    }

    /** A Go func(rune) bool as a Java predicate; calling a nil func panics as in Go. */
    static LongPredicate pred(Object f) {
        FuncV fv = func(f);
        return r -> (Boolean) fv.call(new Object[] {r});
    }

    static LongUnaryOperator mapping(Object f) {
        FuncV fv = func(f);
        return r -> (Long) fv.call(new Object[] {r});
    }

    private static FuncV func(Object f) {
        if (f == null) {
            return new FuncV() {
                @Override
                public Object call(Object[] args) {
                    throw Values.runtimePanic("invalid memory address or nil pointer dereference");
                }

                @Override
                public String name() {
                    return "nil";
                }
            };
        }
        return (FuncV) f;
    }
}

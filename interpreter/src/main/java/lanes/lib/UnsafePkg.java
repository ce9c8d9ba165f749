package lanes.lib;

/** Package unsafe: Sizeof, Alignof and Offsetof (compile-time constants with amd64's layout). */
final class UnsafePkg {
    private UnsafePkg() {}

    static Pkg create() {
        Pkg p = new Pkg("unsafe");
        p.special("Sizeof");
        p.special("Alignof");
        p.special("Offsetof");
        return p;
    }
}

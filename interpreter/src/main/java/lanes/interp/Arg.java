package lanes.interp;

import lanes.values.Cell;

/** Evaluates one argument in the caller's frame and stores it in the callee's parameter slot. */
public abstract class Arg {
    public abstract void store(Frame caller, Frame callee);

    public static Arg of(Slot s, X x) {
        int i = s.index();
        return switch (s.kind()) {
            case 'L' -> new Arg() {
                @Override
                public void store(Frame caller, Frame callee) {
                    callee.p[i] = x.evalLong(caller);
                }
            };
            case 'D' -> new Arg() {
                @Override
                public void store(Frame caller, Frame callee) {
                    callee.p[i] = Double.doubleToRawLongBits(x.evalDouble(caller));
                }
            };
            case 'B' -> new Arg() {
                @Override
                public void store(Frame caller, Frame callee) {
                    callee.p[i] = x.evalBool(caller) ? 1 : 0;
                }
            };
            case 'O' -> new Arg() {
                @Override
                public void store(Frame caller, Frame callee) {
                    callee.o[i] = x.eval(caller);
                }
            };
            default -> new Arg() {
                @Override
                public void store(Frame caller, Frame callee) {
                    callee.o[i] = new Cell(x.eval(caller));
                }
            };
        };
    }
}

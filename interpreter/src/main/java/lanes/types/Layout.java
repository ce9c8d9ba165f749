package lanes.types;

import java.util.List;

/** Sizes, alignments and field offsets on amd64, as {@code unsafe} and Go's allocator see them. */
public final class Layout {
    private Layout() {}

    public static long sizeof(Type t) {
        Type u = t.underlying();
        return switch (u.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, POINTER, MAP, CHAN, FUNC, UNSAFE_POINTER, COMPLEX64 -> 8;
            case COMPLEX128, STRING, INTERFACE -> 16;
            case SLICE -> 24;
            case ARRAY -> ((ArrayType) u).length() * sizeof(((ArrayType) u).elem());
            case STRUCT -> structSize((StructType) u);
            default -> 8;
        };
    }

    public static long alignof(Type t) {
        Type u = t.underlying();
        return switch (u.kind()) {
            case BOOL, INT8, UINT8 -> 1;
            case INT16, UINT16 -> 2;
            case INT32, UINT32, FLOAT32 -> 4;
            case ARRAY -> alignof(((ArrayType) u).elem());
            case STRUCT -> {
                long a = 1;
                for (StructType.Field f : ((StructType) u).fields()) a = Math.max(a, alignof(f.type()));
                yield a;
            }
            default -> 8;
        };
    }

    public static long offsetof(StructType st, int field) {
        long off = 0;
        List<StructType.Field> fs = st.fields();
        for (int i = 0; i <= field; i++) {
            long a = alignof(fs.get(i).type());
            off = (off + a - 1) / a * a;
            if (i == field) return off;
            off += sizeof(fs.get(i).type());
        }
        return off;
    }

    private static long structSize(StructType st) {
        List<StructType.Field> fs = st.fields();
        if (fs.isEmpty()) return 0;
        long off = 0;
        for (StructType.Field f : fs) {
            long a = alignof(f.type());
            off = (off + a - 1) / a * a;
            off += sizeof(f.type());
        }
        // a final zero-size field gets one byte of padding so its address stays inside the struct
        if (sizeof(fs.get(fs.size() - 1).type()) == 0 && off > 0) off++;
        long a = alignof(st);
        return (off + a - 1) / a * a;
    }

    private static final int[] SIZE_CLASSES = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
        224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
        10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    /** Go's mallocgc rounding: the size class for small objects, whole pages for large ones. */
    public static long roundupsize(long size) {
        if (size <= 32768) {
            for (int c : SIZE_CLASSES) {
                if (c >= size) return c;
            }
        }
        return (size + 8191) / 8192 * 8192;
    }

    /** The capacity Go's growslice picks when appending to reach {@code newLen} elements. */
    public static long growCap(long oldCap, long newLen, long elemSize) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) {
            newcap = newLen;
        } else if (oldCap < 256) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < newLen) newcap += (newcap + 3 * 256) >> 2;
            if (newcap <= 0) newcap = newLen;
        }
        if (elemSize == 0) return newcap;
        long mem = roundupsize(newcap * elemSize);
        return mem / elemSize;
    }
}
